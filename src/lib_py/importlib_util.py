"""`importlib.util`: making module specs and modules from files, and finding modules without
importing them."""

import importlib as _importlib
import os as _os
import sys as _sys

from importlib.machinery import (ModuleSpec, SourceFileLoader, BuiltinImporter,
                                 FrozenImporter, _loader_for, _cache_from_source)

MAGIC_NUMBER = (3495).to_bytes(2, "little") + b"\r\n"

_POPULATE = object()


def resolve_name(name, package):
    """The absolute name of a relative module name (`.sub`) in `package`."""
    if not name.startswith("."):
        return name
    if not package:
        raise ImportError(f"no package specified for {name!r} (required for relative module names)")
    level = len(name) - len(name.lstrip("."))
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    rest = name[level:]
    return f"{base}.{rest}" if rest else base


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for a module `loader` loads."""
    if origin is None:
        origin = getattr(loader, "_ORIGIN", None)
    if not origin and hasattr(loader, "get_filename"):
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        search = [] if is_package else None
        return spec_from_file_location(name, loader=loader, submodule_search_locations=search)
    if is_package is None:
        if hasattr(loader, "is_package"):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_POPULATE):
    """A spec for the module `name` whose code is in the file `location`."""
    if location is None:
        location = "<unknown>"
        if hasattr(loader, "get_filename"):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        location = _os.fspath(location)
        if not _os.path.isabs(location):
            try:
                location = _os.path.join(_os.getcwd(), location)
            except OSError:
                pass
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if loader is None:
        loader = _loader_for(name, location)
        if loader is None:
            return None
        spec.loader = loader
    if submodule_search_locations is _POPULATE:
        if hasattr(loader, "is_package"):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                pass
            else:
                if is_package:
                    spec.submodule_search_locations = []
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == [] and location:
        spec.submodule_search_locations.append(_os.path.split(location)[0])
    return spec


def module_from_spec(spec):
    """A new module for `spec`, with the attributes the spec gives it (not yet run)."""
    module = None
    if hasattr(spec.loader, "create_module"):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, "exec_module"):
        raise ImportError("loaders that define exec_module() must also define create_module()")
    if module is None:
        module = type(_sys)(spec.name)
    _init_module_attrs(spec, module)
    return module


def _init_module_attrs(spec, module):
    if getattr(module, "__name__", None) is None or module.__name__ != spec.name:
        module.__name__ = spec.name
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    module.__spec__ = spec
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        module.__file__ = spec.origin
        if spec.cached is not None:
            module.__cached__ = spec.cached


def _import_attrs(name, kind, file, is_package):
    """The `__loader__`, `__spec__` and `__cached__` of a module corun's importer made: it
    leaves them to be made here when a program first reads one (runtime/modules.rs). `kind`
    is "builtin" (written natively), "frozen" (shipped Python), "file" (found on `sys.path`),
    "script" (the file run as `__main__`), "run" (the module `-m` runs as `__main__`, `name`
    being its own) or "code" (`__main__` from `-c` or standard input)."""
    if kind == "run":
        kind = "frozen" if file.startswith("<corun>/") else "file"
    if kind == "builtin":
        return BuiltinImporter, ModuleSpec(name, BuiltinImporter, origin="built-in"), None
    if kind == "frozen":
        spec = ModuleSpec(name, FrozenImporter, origin="frozen", is_package=is_package)
        return FrozenImporter, spec, None
    if kind == "script":
        return SourceFileLoader(name, file), None, None
    if kind == "code":
        return BuiltinImporter, None, None
    search = [_os.path.dirname(file)] if is_package else None
    spec = spec_from_file_location(name, file, submodule_search_locations=search)
    return spec.loader, spec, spec.cached


def _spec_of_found(fullname, found):
    kind, origin = found
    if kind == "builtin":
        return ModuleSpec(fullname, BuiltinImporter, origin="built-in")
    if kind == "shipped":
        return ModuleSpec(fullname, FrozenImporter, origin="frozen")
    if _os.path.basename(origin) == "__init__.py":
        return spec_from_file_location(fullname, _os.path.abspath(origin),
                                       submodule_search_locations=[
                                           _os.path.abspath(_os.path.dirname(origin))])
    return spec_from_file_location(fullname, _os.path.abspath(origin))


def find_spec(name, package=None):
    """The spec of module `name` (relative names against `package`): of the module already
    imported, or of where an import would find it; None when there is none."""
    fullname = resolve_name(name, package) if name.startswith(".") else name
    if fullname in _sys.modules:
        module = _sys.modules[fullname]
        if module is None:
            return None
        spec = getattr(module, "__spec__", None)
        if spec is not None:
            return spec
        if fullname == "__main__":
            raise ValueError("{}.__spec__ is None".format(name))
        found = _importlib._find(fullname)
        return None if found is None else _spec_of_found(fullname, found)
    parent_name = fullname.rpartition(".")[0]
    if parent_name:
        parent = __import__(parent_name, fromlist=["__path__"])
        if not hasattr(parent, "__path__") and _importlib._find(fullname) is None:
            raise ModuleNotFoundError(
                f"__path__ attribute not found on {parent_name!r} while trying to find "
                f"{fullname!r}", name=fullname)
    found = _importlib._find(fullname)
    return None if found is None else _spec_of_found(fullname, found)


def cache_from_source(path, debug_override=None, *, optimization=None):
    """The `.pyc` path CPython caches the code of the source file `path` at."""
    path = _os.fspath(path)
    head, tail = _os.path.split(path)
    base, sep, _ = tail.rpartition(".")
    tag = "cpython-311"
    almost = ".".join([base if sep else tail, tag])
    if optimization is None and debug_override is not None:
        optimization = "" if debug_override else 1
    if optimization is None:
        optimization = _sys.flags.optimize or ""
    optimization = str(optimization)
    if optimization != "":
        if not optimization.isalnum():
            raise ValueError(f"{optimization!r} is not alphanumeric")
        almost = f"{almost}.opt-{optimization}"
    return _os.path.join(head, "__pycache__", almost + ".pyc")


def source_from_cache(path):
    """The source file whose cached code is at `path`."""
    path = _os.fspath(path)
    head, pycache_filename = _os.path.split(path)
    head, pycache = _os.path.split(head)
    if pycache != "__pycache__":
        raise ValueError(f"__pycache__ not bottom-level directory in {path!r}")
    dot_count = pycache_filename.count(".")
    if dot_count not in {2, 3}:
        raise ValueError(f"expected only 2 or 3 dots in {pycache_filename!r}")
    if dot_count == 3:
        optimization = pycache_filename.rsplit(".", 2)[-2]
        if not optimization.startswith("opt-"):
            raise ValueError(f"optimization portion of filename does not start with 'opt-'")
        if not optimization[4:].isalnum():
            raise ValueError(f"optimization level {optimization[4:]!r} is not an "
                             "alphanumeric value")
    base = pycache_filename.partition(".")[0]
    return _os.path.join(head, base + ".py")


def decode_source(source_bytes):
    """Source bytes as text, with universal newlines."""
    text = bytes(source_bytes).decode("utf-8")
    # CPython decodes without flushing: a last lone carriage return is held back.
    if text.endswith("\r"):
        text = text[:-1]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def source_hash(source_bytes):
    raise NotImplementedError("importlib.util.source_hash (corun has no .pyc files)")


class LazyLoader:
    def __init__(self, loader):
        raise NotImplementedError("importlib.util.LazyLoader")

    @classmethod
    def factory(cls, loader):
        raise NotImplementedError("importlib.util.LazyLoader")
