"""Temporary files and directories with names no other process will pick: `gettempdir`,
`mkdtemp`, `TemporaryDirectory`, `NamedTemporaryFile` and `TemporaryFile`. A name is a prefix,
eight random characters and a suffix, retried until the file system says it is new."""

import os
import shutil as _shutil
from random import Random as _Random

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile",
           "TemporaryDirectory", "mkstemp", "mkdtemp", "mktemp", "TMP_MAX",
           "gettempprefix", "tempdir", "gettempdir", "gettempprefixb", "gettempdirb"]

TMP_MAX = 238328  # os.TMP_MAX on Linux
template = "tmp"
tempdir = None

_NAME_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_rng = None


def _random_name():
    global _rng
    if _rng is None:
        _rng = _Random()
    return "".join(_rng.choice(_NAME_CHARS) for _ in range(8))


def _candidate_dirs():
    for name in ("TMPDIR", "TEMP", "TMP"):
        d = os.getenv(name)
        if d:
            yield d
    yield from ("/tmp", "/var/tmp", "/usr/tmp")
    yield os.getcwd()


def _usable(d):
    """Whether a file can be made in directory D (tried with a file of a random name)."""
    for _ in range(100):
        path = os.path.join(d, _random_name())
        try:
            with open(path, "x") as f:
                f.write("blat")
        except FileExistsError:
            continue
        except OSError:
            return False
        os.unlink(path)
        return True
    return False


def gettempdir():
    """The directory temporary files go in: $TMPDIR, $TEMP or $TMP, else /tmp, /var/tmp,
    /usr/tmp or the current directory, the first where a file can be made."""
    global tempdir
    if tempdir is None:
        for d in _candidate_dirs():
            if d != os.curdir:
                d = os.path.abspath(d)
            if os.path.isdir(d) and _usable(d):
                tempdir = d
                break
        else:
            raise FileNotFoundError(2, f"No usable temporary directory found in "
                                       f"{list(_candidate_dirs())}")
    return tempdir


def gettempprefix():
    """The default prefix of temporary names."""
    return template


def _parts(suffix, prefix, dir):
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return suffix, prefix, os.fspath(dir)


def _new_name(suffix, prefix, dir, make):
    """Calls MAKE(path) with fresh paths until one does not exist yet; returns that path."""
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + _random_name() + suffix)
        try:
            make(path)
        except FileExistsError:
            continue
        return path
    raise FileExistsError(17, "No usable temporary file name found")


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Make a new directory readable only by this user; returns its path. The caller
    removes it."""
    return _new_name(suffix, prefix, dir, lambda p: os.mkdir(p, 0o700))


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Make and open a new file readable and writable only by this user; returns its open
    descriptor and its absolute path. The caller closes and removes it."""
    fds = []

    def make(path):
        fds.append(os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600))

    path = _new_name(suffix, prefix, dir, make)
    return fds[-1], os.path.abspath(path)


def mktemp(suffix="", prefix=template, dir=None):
    """A path that did not exist when asked (unsafe: another process may take it first)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + _random_name() + suffix)
        if not os.path.exists(path):
            return path
    raise FileExistsError(17, "No usable temporary filename found")


def _create_file(path):
    with open(path, "x"):
        pass


class _TemporaryFileWrapper:
    """A file opened on a named temporary file: it behaves as the file, and closing it
    removes the file when `delete` is true."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self._remove()
        return result

    def _remove(self):
        if not self._closed:
            self._closed = True
            if self.delete:
                try:
                    os.unlink(self.name)
                except FileNotFoundError:
                    pass

    def close(self):
        try:
            self.file.close()
        finally:
            self._remove()

    def __iter__(self):
        yield from self.file

    def __repr__(self):
        return f"<tempfile._TemporaryFileWrapper object at {id(self):#x}>"


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    """A temporary file with a name in the file system, removed when closed (if DELETE)."""
    name = _new_name(suffix, prefix, dir, _create_file)
    try:
        f = open(name, mode, buffering=buffering,
                 encoding=encoding, newline=newline, errors=errors)
    except BaseException:
        os.unlink(name)
        raise
    return _TemporaryFileWrapper(f, name, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """A temporary file whose name is removed at once: only the returned file reaches it."""
    name = _new_name(suffix, prefix, dir, _create_file)
    try:
        f = open(name, mode, buffering=buffering,
                 encoding=encoding, newline=newline, errors=errors)
    finally:
        os.unlink(name)
    return f


def SpooledTemporaryFile(*args, **kwargs):
    raise NotImplementedError("tempfile.SpooledTemporaryFile")


def gettempprefixb():
    raise NotImplementedError("tempfile's bytes paths")


gettempdirb = gettempprefixb


class TemporaryDirectory:
    """A temporary directory, removed with all it holds by `cleanup()` or at the end of a
    `with` block (whose target is its path)."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return f"<{self.__class__.__name__} {self.name!r}>"

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._done and os.path.exists(self.name):
            self._done = True
            _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
