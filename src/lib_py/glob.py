"""File names matching shell patterns, as `glob.glob` and `glob.iglob`: each directory level of
the pattern is matched with `fnmatch` against the directory's entries, in the order the system
lists them (as CPython, results are not sorted)."""

import fnmatch
import os
import re

__all__ = ["glob", "iglob", "escape"]

_magic = re.compile("([*?[])")


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of path names matching PATHNAME (`**` matches any depth when RECURSIVE)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator over the path names matching PATHNAME, as `glob` lists them."""
    if dir_fd is not None:
        raise NotImplementedError("glob with dir_fd")
    if isinstance(pathname, bytes):
        raise NotImplementedError("glob of bytes patterns")
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    found = _search(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or (recursive and _is_recursive(pathname[:2])):
        # A leading `**` first yields the empty name for the top directory: it is not a result.
        first = next(found, None)
        if first is None:
            return iter(())
        if first:
            return _prepend(first, found)
    return found


def _prepend(first, rest):
    yield first
    yield from rest


def _search(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if os.path.lexists(_join(root_dir, pathname)):
                yield pathname
        elif os.path.isdir(_join(root_dir, dirname)):
            # A pattern ending with a separator names a directory.
            yield pathname
        return
    if not dirname:
        if recursive and _is_recursive(basename):
            yield from _any_depth(root_dir, basename, dironly, include_hidden)
        else:
            yield from _matching(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _search(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and _is_recursive(basename):
            in_dir = _any_depth
        else:
            in_dir = _matching
    else:
        in_dir = _literal
    for d in dirs:
        for name in in_dir(_join(root_dir, d), basename, dironly, include_hidden):
            yield os.path.join(d, name)


def _matching(dirname, pattern, dironly, include_hidden):
    names = _entries(dirname, dironly)
    if not include_hidden and not _is_hidden(pattern):
        names = [x for x in names if not _is_hidden(x)]
    return fnmatch.filter(names, pattern)


def _literal(dirname, basename, dironly, include_hidden=False):
    if basename:
        if os.path.lexists(_join(dirname, basename)):
            return [basename]
    elif os.path.isdir(dirname):
        return [basename]
    return []


def _any_depth(dirname, pattern, dironly, include_hidden):
    yield pattern[:0]
    yield from _below(dirname, dironly, include_hidden)


def _below(dirname, dironly, include_hidden):
    for x in _entries(dirname, dironly):
        if include_hidden or not _is_hidden(x):
            yield x
            sub = _join(dirname, x) if dirname else x
            for y in _below(sub, dironly, include_hidden):
                yield _join(x, y)


def _entries(dirname, dironly):
    """The names in DIRNAME (only its directories when DIRONLY); none when it cannot be read."""
    top = dirname or os.curdir
    try:
        names = os.listdir(top)
    except OSError:
        return []
    if dironly:
        return [n for n in names if os.path.isdir(os.path.join(top, n))]
    return names


def glob0(dirname, pattern):
    return _literal(dirname, pattern, False)


def glob1(dirname, pattern):
    return _matching(dirname, pattern, False, False)


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


def has_magic(s):
    return _magic.search(s) is not None


def _is_hidden(path):
    return path[0] == "."


def _is_recursive(pattern):
    return pattern == "**"


def escape(pathname):
    """PATHNAME with its wildcard characters made literal (`*` becomes `[*]`)."""
    return _magic.sub(r"[\1]", pathname)


magic_check = _magic
