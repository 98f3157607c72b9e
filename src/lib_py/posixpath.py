"""Path names of POSIX systems, as `os.path`: string work in Python, and what is on disk
asked of the native `_os`."""

import _os
from genericpath import *
from genericpath import _str, _path, _back, _paths, _check_arg_types

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
    import os
    a = os.fspath(a)
    texts, was_bytes = _paths("join", a, *p)
    path = texts[0]
    for b in texts[1:]:
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return _back(path, was_bytes)


def split(p):
    p, b = _path(p)
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return _back(head, b), _back(tail, b)


def basename(p):
    p, b = _path(p)
    return _back(p[p.rfind("/") + 1:], b)


def dirname(p):
    return split(p)[0]


def splitext(p):
    p, b = _path(p)
    dot = p.rfind(".")
    if dot > p.rfind("/"):
        # A name made only of leading dots ('.bashrc') has no extension.
        start = p.rfind("/") + 1
        while start < dot:
            if p[start] != ".":
                return _back(p[:dot], b), _back(p[dot:], b)
            start += 1
    return _back(p, b), _back("", b)


def isabs(s):
    return _str(s, "isabs").startswith("/")


def normpath(path):
    path, b = _path(path)
    return _back(_normpath(path), b)


def _normpath(path):
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
    path, b = _path(path)
    if not path.startswith("/"):
        path = join(_os.getcwd(), path)
    return _back(_normpath(path), b)


def islink(path):
    try:
        return _os.islink(_str(path, "islink"))
    except (TypeError, ValueError):
        return False


def realpath(path, *, strict=False):
    if strict:
        raise NotImplementedError("os.path.realpath(strict=True)")
    path, b = _path(path)
    return _back(_os.realpath(path), b)


def lexists(path):
    try:
        _os.stat(_str(path, "lexists"), False)
    except (OSError, ValueError):
        return False
    return True


def expanduser(path):
    path, b = _path(path)
    return _back(_expanduser(path), b)


def _expanduser(path):
    if not path.startswith("~"):
        return path
    i = path.find("/", 1)
    if i < 0:
        i = len(path)
    import os
    if i != 1:
        import pwd
        try:
            home = pwd.getpwnam(path[1:i]).pw_dir
        except KeyError:
            return path
    else:
        home = os.environ.get("HOME")
        if home is None:
            import pwd
            try:
                home = pwd.getpwuid(os.getuid()).pw_dir
            except KeyError:
                return path
    home = home.rstrip("/")
    return (home + path[i:]) or "/"


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    import os
    path = os.fspath(path)
    if start is None:
        start = b"." if isinstance(path, bytes) else "."
    (path, start), was_bytes = _paths("relpath", path, start)
    a = [x for x in abspath(start).split("/") if x]
    b = [x for x in abspath(path).split("/") if x]
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    rel = [pardir] * (len(a) - n) + b[n:]
    return _back(join(*rel) if rel else curdir, was_bytes)


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
    paths, was_bytes = _paths("commonpath", *paths)
    if len({p.startswith("/") for p in paths}) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    parts = [[c for c in p.split("/") if c and c != curdir] for p in paths]
    lo, hi = min(parts), max(parts)
    common = lo
    for i, c in enumerate(lo):
        if c != hi[i]:
            common = lo[:i]
            break
    return _back(("/" if paths[0].startswith("/") else "") + "/".join(common), was_bytes)


def expandvars(path):
    """`$name` and `${name}` replaced by the environment variable's value; a name that is not
    set is left as it is."""
    path, was_bytes = _path(path)
    if "$" not in path:
        return _back(path, was_bytes)
    import os
    import re
    def value(m):
        name = m.group(1)
        if name.startswith("{"):
            name = name[1:-1]
        return os.environ.get(name, m.group(0))
    return _back(re.sub(r"\$(\w+|\{[^}]*\})", value, path, flags=re.ASCII), was_bytes)


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
