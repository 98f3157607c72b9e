"""Operating system services: the system calls are native (`_os`); `environ`, `makedirs`,
`walk` and the constants are written here, and `os.path` is `posixpath`."""

import _os
import posixpath as path
from _os import getcwd, chdir, rmdir, remove, unlink, rename, getpid, cpu_count, urandom
from _os import symlink, readlink, kill
from _os import read, write, close, pipe, dup, dup2, lseek
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


class stat_result:
    """What `os.stat` tells: `st_size`, `st_mtime`, `st_mode`."""

    def __init__(self, size, mtime, mode):
        self.st_size = size
        self.st_mtime = mtime
        self.st_mode = mode

    def __repr__(self):
        return (f"os.stat_result(st_mode={self.st_mode}, st_size={self.st_size}, "
                f"st_mtime={int(self.st_mtime)})")


def stat(path):
    return stat_result(*_os.stat(fspath(path)))


def fstat(fd):
    return stat_result(*_os.fstat(fd))


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


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    _os.putenv(key, value)


def unsetenv(key):
    _os.unsetenv(key)


class terminal_size(tuple):
    """The size of a terminal: `columns` and `lines`."""

    def __new__(cls, size):
        size = tuple(size)
        if len(size) != 2:
            raise TypeError("os.terminal_size() takes a 2-sequence (%d-sequence given)" % len(size))
        return tuple.__new__(cls, size)

    @property
    def columns(self):
        return self[0]

    @property
    def lines(self):
        return self[1]

    def __repr__(self):
        return "os.terminal_size(columns=%r, lines=%r)" % (self[0], self[1])


def get_terminal_size(fd=1):
    return terminal_size(_os.get_terminal_size(fd))
