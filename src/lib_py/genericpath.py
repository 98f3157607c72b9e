"""The path functions every operating system's path module shares (`posixpath` takes them
from here): questions put to the disk (exists, isfile, isdir, sizes and times, same file) and
the common prefix of names."""

import _os

__all__ = ["commonprefix", "exists", "getatime", "getctime", "getmtime", "getsize", "isdir",
           "isfile", "samefile", "sameopenfile", "samestat"]


def _path(p):
    """A path argument as (text, was_bytes). Bytes are decoded as `os.fsdecode` does (UTF-8,
    undecodable bytes as lone surrogates), so one string algorithm serves both kinds and
    `_back` gives bytes back exactly."""
    if isinstance(p, str):
        return p, False
    if isinstance(p, bytes):
        return p.decode("utf-8", "surrogateescape"), True
    f = getattr(type(p), "__fspath__", None)
    if f is not None:
        r = f(p)
        if isinstance(r, str):
            return r, False
        if isinstance(r, bytes):
            return r.decode("utf-8", "surrogateescape"), True
        raise TypeError(f"expected {type(p).__name__}.__fspath__() to return str or bytes, "
                        f"not {type(r).__name__}")
    raise TypeError(f"expected str, bytes or os.PathLike object, not {type(p).__name__}")


def _back(text, was_bytes):
    return text.encode("utf-8", "surrogateescape") if was_bytes else text


def _str(p, fname=None):
    """A path argument as text (for the questions put to the disk)."""
    return _path(p)[0]


def _check_arg_types(funcname, *args):
    """CPython's errors for the arguments of a path function that failed: one of the wrong
    type, or str and bytes mixed."""
    hasstr = hasbytes = False
    for s in args:
        if isinstance(s, str):
            hasstr = True
        elif isinstance(s, bytes):
            hasbytes = True
        else:
            raise TypeError(f"{funcname}() argument must be str, bytes, or os.PathLike object, "
                            f"not {s.__class__.__name__!r}") from None
    if hasstr and hasbytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def _paths(funcname, *args):
    """Several path arguments, which must all be str or all bytes: (texts, were_bytes)."""
    import os
    try:
        args = [os.fspath(a) for a in args]
    except TypeError:
        _check_arg_types(funcname, *args)
        raise
    _check_arg_types(funcname, *args)
    return [_path(a)[0] for a in args], bool(args) and isinstance(args[0], bytes)


def exists(path):
    try:
        return _os.kind(_str(path, "exists")) is not None
    except (TypeError, ValueError):
        return False


def isfile(path):
    try:
        return _os.kind(_str(path, "isfile")) == "file"
    except (TypeError, ValueError):
        return False


def isdir(s):
    try:
        return _os.kind(_str(s, "isdir")) == "dir"
    except (TypeError, ValueError):
        return False


def getsize(filename):
    return _os.stat(_str(filename, "getsize"))[6]


def getmtime(filename):
    return _os.stat(_str(filename, "getmtime"))[11]


def getatime(filename):
    return _os.stat(_str(filename, "getatime"))[10]


def getctime(filename):
    return _os.stat(_str(filename, "getctime"))[12]


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Whether two paths name the same file."""
    import os
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """Whether two open file descriptors are of the same file."""
    import os
    return samestat(os.fstat(fp1), os.fstat(fp2))


def commonprefix(m):
    if not m:
        return ""
    lo, hi = min(m), max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo
