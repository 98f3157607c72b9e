"""Operating system services: the system calls are native (`_os`); `environ`, `makedirs`,
`walk` and the constants are written here, and `os.path` is `posixpath`."""

import _os
import posixpath as path
from _structseq import StructSeq
from _os import getcwd, chdir, rmdir, remove, unlink, rename, getpid, cpu_count, urandom
from _os import symlink, readlink, kill, umask, strerror, isatty, _exit, system
from _os import read, write, close, pipe, dup, dup2, lseek
from _os import get_blocking, set_blocking, get_inheritable, set_inheritable
from _os import (O_RDONLY, O_WRONLY, O_RDWR, O_APPEND, O_CREAT, O_EXCL, O_TRUNC, O_NONBLOCK,
                 O_NDELAY, O_SYNC, O_DSYNC, O_NOCTTY, O_CLOEXEC, O_DIRECTORY, O_NOFOLLOW,
                 O_ACCMODE, O_NOATIME, O_PATH, O_TMPFILE, O_LARGEFILE, O_ASYNC, O_DIRECT,
                 O_RSYNC)


name = "posix"
sep = path.sep
altsep = path.altsep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
pathsep = path.pathsep
defpath = path.defpath
devnull = path.devnull
linesep = "\n"
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
error = OSError


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), "__fspath__", None)
    if f is None:
        raise TypeError(f"expected str, bytes or os.PathLike object, not {type(p).__name__}")
    r = f(p)
    if not isinstance(r, (str, bytes)):
        raise TypeError(f"expected {type(p).__name__}.__fspath__() to return str or bytes, "
                        f"not {type(r).__name__}")
    return r


def listdir(path="."):
    return _os.listdir(fspath(path))


def getcwdb():
    return fsencode(getcwd())


def mkdir(path, mode=0o777):
    _os.mkdir(fspath(path), mode)


def makedirs(name, mode=0o777, exist_ok=False):
    name = fspath(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        _os.mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


class stat_result(StructSeq):
    """What `os.stat` tells of a file: `st_mode`, `st_size`, `st_mtime`…"""

    _type_name = "os.stat_result"
    _seq_names = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
                  "st_atime", "st_mtime", "st_ctime")
    # The three times at 7-9 are whole seconds: by name they are the float fields below.
    _extra_names = ("st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns",
                    "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev")
    n_unnamed_fields = 3

    def _complete(self, more):
        # Made from ten items only: the whole seconds stand in for the float times, as in
        # CPython.
        for j in range(3):
            if more[j] is None:
                more[j] = self[7 + j]
        return more


class uname_result(StructSeq):
    """What `os.uname` tells of the system."""

    __module__ = "posix"
    _type_name = "posix.uname_result"
    _seq_names = ("sysname", "nodename", "release", "version", "machine")


def stat(path, *, dir_fd=None, follow_symlinks=True):
    if dir_fd is not None:
        raise NotImplementedError("os.stat(dir_fd=...)")
    if isinstance(path, int):
        return fstat(path)
    return stat_result(_os.stat(fspath(path), follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat(path, dir_fd=dir_fd, follow_symlinks=False)


def fstat(fd):
    return stat_result(_os.fstat(fd))


def uname():
    import _platform
    return uname_result(_platform.uname())


for _name, _value in _os.ids():
    globals()[_name] = (lambda v: lambda: v)(_value)
del _name, _value

F_OK, R_OK, W_OK, X_OK = 0, 4, 2, 1
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2


def _not_supported(call, dir_fd=None, follow_symlinks=True, effective_ids=False):
    """The options of the path calls corun does not take (`supports_dir_fd` and its siblings
    list none of these calls) raise NotImplementedError naming them."""
    if dir_fd is not None:
        raise NotImplementedError("os.%s(dir_fd=...)" % call)
    if not follow_symlinks:
        raise NotImplementedError("os.%s(follow_symlinks=False)" % call)
    if effective_ids:
        raise NotImplementedError("os.%s(effective_ids=True)" % call)


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    _not_supported("access", dir_fd, follow_symlinks, effective_ids)
    return _os.access(fspath(path), mode)


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    _not_supported("chmod", dir_fd, follow_symlinks)
    _os.chmod(fspath(path), mode)


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    _not_supported("utime", dir_fd, follow_symlinks)
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        ns = tuple(int(t * 1_000_000_000) if isinstance(t, float) else t * 1_000_000_000
                   for t in times)
    _os.utime(fspath(path), ns)


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _not_supported("replace", src_dir_fd if src_dir_fd is not None else dst_dir_fd)
    rename(src, dst)


# Which calls take a descriptor for the path, `dir_fd`, `follow_symlinks=False` or
# `effective_ids=True`: programs test these sets before passing the options.
supports_fd = {stat}
supports_dir_fd = set()
supports_follow_symlinks = {stat}
supports_effective_ids = set()


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode("utf-8", "surrogateescape") if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode("utf-8", "surrogateescape") if isinstance(filename, bytes) else filename


def get_exec_path(env=None):
    if env is None:
        env = environ
    return env.get("PATH", defpath).split(pathsep)


class DirEntry:
    """An entry of `scandir`: its name and path, and what it is, as the listing told it."""

    def __init__(self, folder, name, kind, ino):
        self.name = name
        self.path = path.join(folder, name)
        self._kind = kind
        self._ino = ino
        self._stat = None

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"

    def __fspath__(self):
        return self.path

    def inode(self):
        return self._ino

    def is_symlink(self):
        return self._kind == "link"

    def is_dir(self, *, follow_symlinks=True):
        if self._kind == "link" and follow_symlinks:
            return path.isdir(self.path)
        return self._kind == "dir"

    def is_file(self, *, follow_symlinks=True):
        if self._kind == "link" and follow_symlinks:
            return path.isfile(self.path)
        return self._kind == "file"

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks or self._kind != "link":
            if self._stat is None:
                self._stat = stat(self.path, follow_symlinks=False)
            return self._stat
        return stat(self.path)

    @classmethod
    def __class_getitem__(cls, item):
        return cls


class _ScandirIterator:
    def __init__(self, folder, entries):
        self._folder = folder
        self._entries = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        name, kind, ino = next(self._entries)
        return DirEntry(self._folder, name, kind, ino)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        self._entries = iter(())


def scandir(path="."):
    folder = fspath(path)
    return _ScandirIterator(folder, _os.scandir(folder))


_builtin_open = open


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """A file object over the open descriptor `fd`, as `open(fd, …)` makes."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    return _builtin_open(fd, mode, buffering, encoding, *args, **kwargs)


def open(path, flags, mode=0o777, *, dir_fd=None):
    """A new file descriptor for `path` (not inherited by child processes)."""
    return _os.open(fspath(path), flags, mode, dir_fd=dir_fd)


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        names = _os.listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, files = [], []
    for n in names:
        (dirs if path.isdir(path.join(top, n)) else files).append(n)
    if topdown:
        yield top, dirs, files
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
    else:
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
        yield top, dirs, files


class _Environ:
    """The environment: changing it changes the process's, as CPython's `os.environ`."""

    def __init__(self, items):
        self._data = dict(items)

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError(f"str expected, not {type(key).__name__}")
        if not isinstance(value, str):
            raise TypeError(f"str expected, not {type(value).__name__}")
        _os.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]
        _os.unsetenv(key)

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        return self._data == other

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def pop(self, key, *default):
        had = key in self._data
        v = self._data.pop(key, *default)
        if had:
            _os.unsetenv(key)
        return v

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    def update(self, *args, **kwargs):
        for k, v in dict(*args, **kwargs).items():
            self[k] = v

    def clear(self):
        for k in list(self._data):
            del self[k]

    def copy(self):
        return dict(self._data)

    def __repr__(self):
        return "environ(" + repr(self._data) + ")"


environ = _Environ(_os.environ_items())


class _EnvironBytes:
    """`os.environb`: the same environment as `environ`, with bytes keys and values."""

    @staticmethod
    def _key(key):
        if not isinstance(key, bytes):
            raise TypeError(f"bytes expected, not {type(key).__name__}")
        return fsdecode(key)

    def __getitem__(self, key):
        try:
            return fsencode(environ[self._key(key)])
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        key = self._key(key)
        if not isinstance(value, bytes):
            raise TypeError(f"bytes expected, not {type(value).__name__}")
        environ[key] = fsdecode(value)

    def __delitem__(self, key):
        try:
            del environ[self._key(key)]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter([fsencode(k) for k in environ])

    def __len__(self):
        return len(environ)

    def __contains__(self, key):
        return isinstance(key, bytes) and fsdecode(key) in environ

    def get(self, key, default=None):
        return self[key] if key in self else default

    def keys(self):
        return [fsencode(k) for k in environ]

    def values(self):
        return [fsencode(v) for v in environ.values()]

    def items(self):
        return [(fsencode(k), fsencode(v)) for k, v in environ.items()]

    def copy(self):
        return dict(self.items())

    def __repr__(self):
        return "environ(" + repr(self.copy()) + ")"


environb = _EnvironBytes()
supports_bytes_environ = True


def getenvb(key, default=None):
    return environb.get(key, default)


WNOHANG = 1
WUNTRACED = 2
WCONTINUED = 8


def waitpid(pid, options):
    return _os.waitpid(pid, options)


def wait():
    return _os.waitpid(-1, 0)


def WIFEXITED(status):
    return status & 0x7F == 0


def WEXITSTATUS(status):
    return (status >> 8) & 0xFF


def WIFSIGNALED(status):
    return 0 < status & 0x7F < 0x7F


def WTERMSIG(status):
    return status & 0x7F


def WIFSTOPPED(status):
    return status & 0xFF == 0x7F


def WSTOPSIG(status):
    return WEXITSTATUS(status)


def WIFCONTINUED(status):
    return status == 0xFFFF


def WCOREDUMP(status):
    return bool(status & 0x80)


def waitstatus_to_exitcode(status):
    from operator import index
    status = index(status)
    if not -0x80000000 <= status <= 0x7FFFFFFF:
        raise OverflowError("Python int too large to convert to C int")
    if status < 0:
        raise ValueError(f"invalid wait status: {status}")
    if WIFEXITED(status):
        return WEXITSTATUS(status)
    if WIFSIGNALED(status):
        return -WTERMSIG(status)
    if WIFSTOPPED(status):
        raise ValueError(f"process stopped by delivery of signal {WSTOPSIG(status)}")
    raise ValueError(f"invalid wait status: {status}")


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    _os.putenv(key, value)


def unsetenv(key):
    _os.unsetenv(key)


class terminal_size(StructSeq):
    """The size of a terminal: `columns` and `lines`."""

    _type_name = "os.terminal_size"
    _seq_names = ("columns", "lines")


def get_terminal_size(fd=1):
    return terminal_size(_os.get_terminal_size(fd))
