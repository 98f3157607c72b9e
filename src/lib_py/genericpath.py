"""The path functions every operating system's path module shares (`posixpath` takes them
from here): questions put to the disk (exists, isfile, isdir, sizes and times, same file) and
the common prefix of names."""

import _os

__all__ = ["commonprefix", "exists", "getatime", "getctime", "getmtime", "getsize", "isdir",
           "isfile", "samefile", "sameopenfile", "samestat"]


def _str(p, fname):
    if isinstance(p, str):
        return p
    f = getattr(type(p), "__fspath__", None)
    if f is not None:
        r = f(p)
        if isinstance(r, str):
            return r
    if isinstance(p, bytes):
        raise NotImplementedError(f"os.path.{fname} of bytes paths")
    raise TypeError(f"expected str, bytes or os.PathLike object, not {type(p).__name__}")


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
