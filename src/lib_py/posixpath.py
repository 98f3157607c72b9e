"""Path names of POSIX systems, as `os.path`: string work in Python, and what is on disk
asked of the native `_os`."""

import _os
from genericpath import *
from genericpath import _str

__all__ = ["join", "realpath", "islink", "split", "basename", "dirname", "splitext", "isabs", "normpath",
           "abspath", "exists", "lexists", "isfile", "isdir", "getsize", "getmtime", "getatime",
           "getctime", "samefile", "sameopenfile", "samestat",
           "expanduser", "relpath", "commonprefix", "commonpath", "normcase", "splitdrive",
           "expandvars", "ismount", "sep", "curdir", "pardir", "extsep",
           "pathsep", "altsep", "defpath", "devnull"]

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
pathsep = ":"
altsep = None
defpath = "/bin:/usr/bin"
devnull = "/dev/null"


def join(a, *p):
    def check(x):
        if isinstance(x, str):
            return x
        try:
            return _str(x, "join")
        except TypeError:
            raise TypeError(f"join() argument must be str, bytes, or os.PathLike object, "
                            f"not '{type(x).__name__}'") from None
    path = check(a)
    for b in p:
        b = check(b)
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def split(p):
    p = _str(p, "split")
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def basename(p):
    p = _str(p, "basename")
    return p[p.rfind("/") + 1:]


def dirname(p):
    return split(p)[0]


def splitext(p):
    p = _str(p, "splitext")
    dot = p.rfind(".")
    if dot <= p.rfind("/"):
        return p, ""
    # A name made only of leading dots ('.bashrc') has no extension.
    start = p.rfind("/") + 1
    while start < dot:
        if p[start] != ".":
            return p[:dot], p[dot:]
        start += 1
    return p, ""


def isabs(s):
    return _str(s, "isabs").startswith("/")


def normpath(path):
    path = _str(path, "normpath")
    if not path:
        return "."
    lead = len(path) - len(path.lstrip("/"))
    if lead > 2:
        lead = 1
    parts = []
    for comp in path.split("/"):
        if comp in ("", "."):
            continue
        if comp != ".." or (not lead and not parts) or (parts and parts[-1] == ".."):
            parts.append(comp)
        elif parts:
            parts.pop()
    path = "/" * lead + "/".join(parts)
    return path or "."


def abspath(path):
    path = _str(path, "abspath")
    if not path.startswith("/"):
        path = join(_os.getcwd(), path)
    return normpath(path)


def islink(path):
    try:
        return _os.islink(_str(path, "islink"))
    except (TypeError, ValueError):
        return False


def realpath(path, *, strict=False):
    if strict:
        raise NotImplementedError("os.path.realpath(strict=True)")
    return _os.realpath(_str(path, "realpath"))


def lexists(path):
    try:
        _os.stat(_str(path, "lexists"), False)
    except (OSError, ValueError):
        return False
    return True


def expanduser(path):
    path = _str(path, "expanduser")
    if not path.startswith("~"):
        return path
    i = path.find("/", 1)
    if i < 0:
        i = len(path)
    if i != 1:
        raise NotImplementedError("os.path.expanduser of another user's home (~name)")
    import os
    home = os.environ.get("HOME")
    if home is None:
        return path
    home = home.rstrip("/")
    return (home + path[i:]) or "/"


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    start = curdir if start is None else _str(start, "relpath")
    a = [x for x in abspath(start).split("/") if x]
    b = [x for x in abspath(path).split("/") if x]
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    rel = [pardir] * (len(a) - n) + b[n:]
    return join(*rel) if rel else curdir


def normcase(s):
    """A path as compared on this system: unchanged on POSIX."""
    import os
    return os.fspath(s)


def splitdrive(p):
    """POSIX paths have no drive: the empty one and the whole path."""
    import os
    p = os.fspath(p)
    return p[:0], p


def commonpath(paths):
    """The longest path that each of the paths starts with (a whole component at a time)."""
    paths = tuple(paths)
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = [_str(p, "commonpath") for p in paths]
    if len({p.startswith("/") for p in paths}) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    parts = [[c for c in p.split("/") if c and c != curdir] for p in paths]
    lo, hi = min(parts), max(parts)
    common = lo
    for i, c in enumerate(lo):
        if c != hi[i]:
            common = lo[:i]
            break
    return ("/" if paths[0].startswith("/") else "") + "/".join(common)


def expandvars(path):
    """`$name` and `${name}` replaced by the environment variable's value; a name that is not
    set is left as it is."""
    path = _str(path, "expandvars")
    if "$" not in path:
        return path
    import os
    import re
    def value(m):
        name = m.group(1)
        if name.startswith("{"):
            name = name[1:-1]
        return os.environ.get(name, m.group(0))
    return re.sub(r"\$(\w+|\{[^}]*\})", value, path, flags=re.ASCII)


def ismount(path):
    """Whether the path is a mount point: a folder (not a link) on another device than its
    parent, or the root."""
    import os
    try:
        st = os.lstat(path)
    except (OSError, ValueError):
        return False
    import stat
    if not stat.S_ISDIR(st.st_mode):
        return False
    parent = join(_str(path, "ismount"), pardir)
    try:
        up = os.lstat(parent)
    except (OSError, ValueError):
        return False
    return st.st_dev != up.st_dev or st.st_ino == up.st_ino
