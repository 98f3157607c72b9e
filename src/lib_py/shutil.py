"""High-level file operations: copying files and trees, removing trees, moving, finding
programs, disk usage and the terminal's size. The walking and the decisions are Python; what
`os` lacks (copying bytes, permission bits and times, looking at a link itself, statvfs, the
terminal's size, execute permission) is the native `_shutil`."""

import fnmatch
import os
import sys
from collections import namedtuple

import _shutil

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree",
           "move", "rmtree", "Error", "SpecialFileError", "ExecError", "make_archive",
           "get_archive_formats", "register_archive_format", "unregister_archive_format",
           "get_unpack_formats", "register_unpack_format", "unregister_unpack_format",
           "unpack_archive", "ignore_patterns", "chown", "which", "get_terminal_size",
           "SameFileError", "disk_usage"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when trying to do a kind of operation (e.g. copying) which is
    not supported on a special file (e.g. a named pipe)"""


class ExecError(OSError):
    """Raised when a command could not be executed"""


class ReadError(OSError):
    """Raised when an archive cannot be read"""


class RegistryError(Exception):
    """Raised when a registry operation with the archiving
    and unpacking registries fails"""


def copyfileobj(fsrc, fdst, length=0):
    """Copy data from file-like object fsrc to file-like object fdst"""
    if not length:
        length = COPY_BUFSIZE
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def _is_link(path):
    return _shutil.lkind(os.fspath(path)) == "link"


def _same_file(src, dst):
    return _shutil.samefile(os.fspath(src), os.fspath(dst))


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents (no metadata) of SRC to DST; returns DST."""
    if not follow_symlinks:
        raise NotImplementedError("shutil.copyfile with follow_symlinks=False")
    src_s, dst_s = os.fspath(src), os.fspath(dst)
    if _same_file(src_s, dst_s):
        raise SameFileError(f"{src!r} and {dst!r} are the same file")
    _shutil.copyfile(src_s, dst_s)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copy the permission bits of SRC to DST."""
    _shutil.copymode(os.fspath(src), os.fspath(dst))


def copystat(src, dst, *, follow_symlinks=True):
    """Copy the permission bits and the access and modification times of SRC to DST."""
    src, dst = os.fspath(src), os.fspath(dst)
    _shutil.copytimes(src, dst)
    _shutil.copymode(src, dst)


def _target(src, dst):
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(os.fspath(src)))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and mode bits ("cp src dst"); DST may be a directory. Returns the file's
    destination."""
    dst = _target(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Copy data and metadata; DST may be a directory. Returns the file's destination."""
    dst = _target(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    """A function for copytree's `ignore`: it ignores the names matching any of PATTERNS."""
    def _ignore_patterns(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Recursively copy the directory tree SRC to DST; returns DST. Errors on single files
    are gathered and raised together as an Error at the end."""
    if symlinks:
        raise NotImplementedError("shutil.copytree with symlinks=True")
    names = os.listdir(src)
    ignored = ignore(os.fspath(src), names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for name in names:
        if name in ignored:
            continue
        s = os.path.join(src, name)
        d = os.path.join(dst, name)
        try:
            if os.path.isdir(s):
                copytree(s, d, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            elif _is_link(s) and not os.path.exists(s):
                if not ignore_dangling_symlinks:
                    copy_function(s, d)
            else:
                copy_function(s, d)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((s, d, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst


def _lstat(path):
    return os.stat(path)


# What rmtree names as the failing function when the tree's root is missing (os.lstat in
# CPython, which corun's os does not have).
_lstat.__name__ = "lstat"


def _remove_tree(path, onerror):
    try:
        names = os.listdir(path)
    except OSError:
        onerror(os.listdir, path, sys.exc_info())
        names = []
    for name in names:
        full = os.path.join(path, name)
        if _shutil.lkind(full) == "dir":
            _remove_tree(full, onerror)
        else:
            try:
                os.unlink(full)
            except OSError:
                onerror(os.unlink, full, sys.exc_info())
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Recursively delete a directory tree. With IGNORE_ERRORS, failures are ignored; else
    ONERROR(function, path, exc_info) is called for each, or the error is raised."""
    if dir_fd is not None:
        raise NotImplementedError("shutil.rmtree with dir_fd")
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(func, path, exc_info):
            raise exc_info[1]
    path = os.fspath(path)
    try:
        os.stat(path)
    except OSError:
        onerror(_lstat, path, sys.exc_info())
        return
    if _is_link(path):
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError:
            onerror(os.path.islink if hasattr(os.path, "islink") else _is_link, path,
                    sys.exc_info())
            return
    _remove_tree(path, onerror)


def _inside(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.path.sep):
        src += os.path.sep
    if not dst.endswith(os.path.sep):
        dst += os.path.sep
    return dst.startswith(src)


def move(src, dst, copy_function=copy2):
    """Recursively move a file or directory to another location ("mv src dst"); returns
    the destination. Across file systems it copies, then removes the source."""
    real_dst = dst
    if os.path.isdir(dst):
        if _same_file(src, dst):
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, os.path.basename(os.fspath(src).rstrip(os.path.sep)))
        if os.path.exists(real_dst):
            raise Error(f"Destination path '{real_dst}' already exists")
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.isdir(src):
            if _inside(src, dst):
                raise Error(f"Cannot move a directory '{src}' into itself '{dst}'.")
            copytree(src, real_dst, copy_function=copy_function)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


_usage = namedtuple("usage", "total used free")


def disk_usage(path):
    """Total, used and free space of the file system holding PATH, in bytes, as a named
    tuple."""
    return _usage(*_shutil.disk_usage(os.fspath(path)))


def chown(path, user=None, group=None):
    raise NotImplementedError("shutil.chown")


def get_terminal_size(fallback=(80, 24)):
    """The terminal's size: $COLUMNS and $LINES when set, else what the terminal on stdout
    says, else FALLBACK."""
    def env(name):
        try:
            return int(os.environ[name])
        except (KeyError, ValueError):
            return 0

    columns = env("COLUMNS")
    lines = env("LINES")
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            size = os.terminal_size(fallback)
        if columns <= 0:
            columns = size[0] or fallback[0]
        if lines <= 0:
            lines = size[1] or fallback[1]
    return os.terminal_size((columns, lines))


def _runnable(path):
    return os.path.exists(path) and _shutil.executable(path) and not os.path.isdir(path)


def which(cmd, mode=None, path=None):
    """The path of the program CMD found along PATH (or the given PATH), or None."""
    if mode is not None:
        raise NotImplementedError("shutil.which with a mode")
    cmd = os.fspath(cmd)
    if os.path.dirname(cmd):
        return cmd if _runnable(cmd) else None
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            path = os.defpath
    if not path:
        return None
    seen = set()
    for d in os.fspath(path).split(os.pathsep):
        if d in seen:
            continue
        seen.add(d)
        name = os.path.join(d, cmd)
        if _runnable(name):
            return name
    return None


def _no_archives(*args, **kwargs):
    raise NotImplementedError("shutil's archive functions")


make_archive = get_archive_formats = register_archive_format = unregister_archive_format = \
    get_unpack_formats = register_unpack_format = unregister_unpack_format = \
    unpack_archive = _no_archives
