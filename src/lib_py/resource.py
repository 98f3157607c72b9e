"""resource: the process's resource limits (`getrlimit`, `setrlimit`) and usage
(`getrusage`), over the native `_resource`, with CPython's errors (Linux's constants)."""

import _resource
from _structseq import structseq

error = OSError

RLIMIT_CPU = 0
RLIMIT_FSIZE = 1
RLIMIT_DATA = 2
RLIMIT_STACK = 3
RLIMIT_CORE = 4
RLIMIT_RSS = 5
RLIMIT_NPROC = 6
RLIMIT_NOFILE = 7
RLIMIT_OFILE = RLIMIT_NOFILE
RLIMIT_MEMLOCK = 8
RLIMIT_AS = 9
RLIMIT_SIGPENDING = 11
RLIMIT_MSGQUEUE = 12
RLIMIT_NICE = 13
RLIMIT_RTPRIO = 14
RLIMIT_RTTIME = 15
_RLIM_NLIMITS = 16
RLIM_INFINITY = -1

RUSAGE_SELF = 0
RUSAGE_CHILDREN = -1
RUSAGE_THREAD = 1

struct_rusage = structseq("resource", "struct_rusage", (
    "ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt",
    "ru_majflt", "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv",
    "ru_nsignals", "ru_nvcsw", "ru_nivcsw"))


def _resource_arg(resource):
    if isinstance(resource, float) or not hasattr(type(resource), "__index__"):
        raise TypeError(f"'{type(resource).__name__}' object cannot be interpreted as an "
                        f"integer")
    resource = resource.__index__()
    if resource < 0 or resource >= _RLIM_NLIMITS:
        raise ValueError("invalid resource specified")
    return resource


def getrlimit(resource, /):
    limits = _resource.getrlimit(_resource_arg(resource))
    if limits is None:
        raise ValueError("invalid resource specified")
    return limits


def _limits(limits):
    limits = tuple(limits)
    if len(limits) != 2:
        raise ValueError("expected a tuple of 2 integers")
    out = []
    for x in limits:
        if isinstance(x, float) or not hasattr(type(x), "__index__"):
            raise TypeError(f"'{type(x).__name__}' object cannot be interpreted as an integer")
        out.append(x.__index__())
    return out


def setrlimit(resource, limits, /):
    resource = _resource_arg(resource)
    soft, hard = _limits(limits)
    err = _resource.setrlimit(resource, soft, hard)
    if err == 22:
        raise ValueError("current limit exceeds maximum limit")
    if err == 1:
        raise ValueError("not allowed to raise maximum limit")
    if err:
        import os
        raise OSError(err, os.strerror(err))


def getrusage(who, /):
    usage = _resource.getrusage(who)
    if usage is None:
        raise ValueError("invalid who parameter")
    return struct_rusage(usage)


def getpagesize():
    return _resource.getpagesize()


def prlimit(*args):
    raise NotImplementedError("corun does not support resource.prlimit")
