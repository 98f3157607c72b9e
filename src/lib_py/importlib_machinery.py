"""`importlib.machinery`: module specs and the loaders `importlib.util` makes them with.

corun's own import system is native; these classes describe what it finds and load a
module from a file on request (`spec.loader.exec_module(module)`)."""

import importlib as _importlib
import os as _os
import sys as _sys

SOURCE_SUFFIXES = [".py"]
BYTECODE_SUFFIXES = [".pyc"]
DEBUG_BYTECODE_SUFFIXES = [".pyc"]
OPTIMIZED_BYTECODE_SUFFIXES = [".pyc"]
EXTENSION_SUFFIXES = [".cpython-311-x86_64-linux-gnu.so", ".abi3.so", ".so"]


def all_suffixes():
    """Every suffix of a file the import system may load a module from."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """What the import system knows of a module before it loads it."""

    __module__ = "_frozen_importlib"

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = ["name={!r}".format(self.name), "loader={!r}".format(self.loader)]
        if self.origin is not None:
            args.append("origin={!r}".format(self.origin))
        if self.submodule_search_locations is not None:
            args.append("submodule_search_locations={}".format(
                self.submodule_search_locations))
        return "{}({})".format(type(self).__name__, ", ".join(args))

    def __eq__(self, other):
        try:
            return (self.name == other.name and self.loader == other.loader
                    and self.origin == other.origin
                    and self.submodule_search_locations == other.submodule_search_locations
                    and self.cached == other.cached and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        if self._cached is None and self.origin is not None and self._set_fileattr:
            if self.origin.endswith(tuple(SOURCE_SUFFIXES)):
                try:
                    self._cached = _cache_from_source(self.origin)
                except NotImplementedError:
                    pass
        return self._cached

    @cached.setter
    def cached(self, value):
        self._cached = value

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition(".")[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)



def _cache_from_source(path):
    head, tail = _os.path.split(path)
    base, _, _ = tail.rpartition(".")
    return _os.path.join(head, "__pycache__", base + ".cpython-311.pyc")


class BuiltinImporter:
    """Finds and loads the modules written into the interpreter."""

    __module__ = "_frozen_importlib"

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None:
            return None
        found = _importlib._find(fullname)
        if found is None or found[0] != "builtin":
            return None
        return ModuleSpec(fullname, cls, origin="built-in")

    @staticmethod
    def create_module(spec):
        return _importlib.import_module(spec.name)

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def is_package(cls, fullname):
        return False

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None



class FrozenImporter(BuiltinImporter):
    """Finds and loads the modules corun ships written in Python."""

    __module__ = "_frozen_importlib"

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        found = _importlib._find(fullname)
        if found is None or found[0] != "shipped":
            return None
        return ModuleSpec(fullname, cls, origin="frozen")



class FileLoader:
    """Loads a module from a file: `name` and `path` are the module's and the file's."""

    __module__ = "_frozen_importlib_external"

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, "rb") as f:
            return f.read()

    def get_resource_reader(self, module):
        raise NotImplementedError("importlib resource readers")



class SourceLoader:
    """A loader that runs a module's source text."""

    __module__ = "_frozen_importlib_external"

    def get_source(self, fullname):
        from importlib.util import decode_source
        return decode_source(self.get_data(self.get_filename(fullname)))

    def source_to_code(self, data, path="<string>"):
        if isinstance(data, (bytes, bytearray)):
            data = bytes(data).decode("utf-8")
        return compile(data, path, "exec", dont_inherit=True)

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        return self.source_to_code(self.get_data(path), path)

    def is_package(self, fullname):
        filename = _os.path.split(self.get_filename(fullname))[1]
        return filename.rsplit(".", 1)[0] == "__init__"

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError("cannot load module {!r} when get_code() returns None"
                              .format(module.__name__))
        _importlib._exec_in_module(module, code)

    def load_module(self, fullname):
        from importlib.util import module_from_spec, spec_from_loader
        spec = spec_from_loader(fullname, self)
        module = _sys.modules.get(fullname)
        if module is None:
            module = module_from_spec(spec)
            _sys.modules[fullname] = module
        try:
            self.exec_module(module)
        except BaseException:
            _sys.modules.pop(fullname, None)
            raise
        return _sys.modules[fullname]



class SourceFileLoader(FileLoader, SourceLoader):
    """Loads a module from its `.py` file."""

    __module__ = "_frozen_importlib_external"

    def path_stats(self, path):
        st = _os.stat(path)
        return {"mtime": st.st_mtime, "size": st.st_size}



class SourcelessFileLoader(FileLoader):
    """Loads a module from a `.pyc` file (corun cannot)."""

    __module__ = "_frozen_importlib_external"

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        raise NotImplementedError("loading modules from .pyc files")



class ExtensionFileLoader(FileLoader):
    """Loads a module from a shared library (corun cannot)."""

    __module__ = "_frozen_importlib_external"

    def create_module(self, spec):
        raise NotImplementedError("loading extension modules")

    def exec_module(self, module):
        raise NotImplementedError("loading extension modules")



def _loader_for(name, location):
    for loader, suffixes in ((SourceFileLoader, SOURCE_SUFFIXES),
                             (SourcelessFileLoader, BYTECODE_SUFFIXES),
                             (ExtensionFileLoader, EXTENSION_SUFFIXES)):
        if location.endswith(tuple(suffixes)):
            return loader(name, location)
    return None


class PathFinder:
    """Finds modules in the folders of `sys.path` (or a package's `__path__`)."""

    __module__ = "_frozen_importlib_external"

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        from importlib.util import spec_from_file_location
        folders = _sys.path if path is None else path
        leaf = fullname.rpartition(".")[2]
        for folder in folders:
            base = _os.path.join(folder or ".", leaf)
            init = _os.path.join(base, "__init__.py")
            if _os.path.isfile(init):
                return spec_from_file_location(fullname, _os.path.abspath(init),
                                               submodule_search_locations=[
                                                   _os.path.abspath(base)])
            if _os.path.isfile(base + ".py"):
                return spec_from_file_location(fullname, _os.path.abspath(base + ".py"))
        return None

    @classmethod
    def invalidate_caches(cls):
        pass



class FileFinder:
    """Finds modules in one folder."""

    __module__ = "_frozen_importlib_external"

    def __init__(self, path, *loader_details):
        self.path = path or "."

    def find_spec(self, fullname, target=None):
        return PathFinder.find_spec(fullname, [self.path], target)

    def invalidate_caches(self):
        pass

    def __repr__(self):
        return "FileFinder({!r})".format(self.path)

