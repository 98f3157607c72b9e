"""`importlib.util`: the helpers that work on names and paths. corun's importer has no module
specs or loaders a program can drive, so what needs them raises NotImplementedError."""

import sys

MAGIC_NUMBER = b"\xa7\r\r\n"
_TAG = "cpython-311"


def resolve_name(name, package):
    """An absolute module name for `name`, which may be relative to `package`."""
    if not name.startswith("."):
        return name
    if not package:
        raise ImportError(f"no package specified for {name!r} "
                          "(required for relative module names)")
    level = len(name) - len(name.lstrip("."))
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    rest = name[level:]
    return f"{base}.{rest}" if rest else base


def cache_from_source(path, debug_override=None, *, optimization=None):
    """Where CPython would keep the compiled form of the source file `path`."""
    import os
    head, tail = os.path.split(os.fspath(path))
    base, sep, rest = tail.rpartition(".")
    name = base if sep else tail
    opt = "" if not optimization else f".opt-{optimization}"
    return os.path.join(head, "__pycache__", f"{name}.{_TAG}{opt}.pyc")


def source_from_cache(path):
    """The source file whose compiled form `cache_from_source` names."""
    import os
    head, pycache_filename = os.path.split(os.fspath(path))
    head, pycache = os.path.split(head)
    if pycache != "__pycache__":
        raise ValueError(f"__pycache__ not bottom-level directory in {path!r}")
    dot_count = pycache_filename.count(".")
    if dot_count not in {2, 3}:
        raise ValueError(f"expected only 2 or 3 dots in {pycache_filename!r}")
    base_filename = pycache_filename.partition(".")[0]
    return os.path.join(head, base_filename + ".py")


def _unsupported(what):
    def f(*args, **kwargs):
        raise NotImplementedError(f"corun does not support importlib.util.{what} yet")
    f.__name__ = what
    return f


find_spec = _unsupported("find_spec")
module_from_spec = _unsupported("module_from_spec")
spec_from_file_location = _unsupported("spec_from_file_location")
spec_from_loader = _unsupported("spec_from_loader")
