"""`importlib.abc`: the abstract base classes of the import system, for programs that write
their own finders and loaders. The loaders' concrete methods are `importlib.machinery`'s."""

import abc
import importlib.machinery as _machinery

__all__ = ["Loader", "Finder", "MetaPathFinder", "PathEntryFinder", "ResourceLoader",
           "InspectLoader", "ExecutionLoader", "FileLoader", "SourceLoader",
           "ResourceReader", "Traversable", "TraversableResources"]


def _register(abstract, *classes):
    for cls in classes:
        abstract.register(cls)


class Loader(metaclass=abc.ABCMeta):
    """A loader: makes and runs a module for a spec."""

    def create_module(self, spec):
        """The module to run the code in; None for the default one."""
        return None

    def load_module(self, fullname):
        if not hasattr(self, "exec_module"):
            raise ImportError
        return _machinery.SourceLoader.load_module(self, fullname)

    def module_repr(self, module):
        raise NotImplementedError


class Finder(metaclass=abc.ABCMeta):
    """The old common base of finders (deprecated in CPython)."""

    @abc.abstractmethod
    def find_module(self, fullname, path=None):
        raise NotImplementedError


class MetaPathFinder(metaclass=abc.ABCMeta):
    """A finder on `sys.meta_path`: `find_spec(fullname, path, target=None)`."""

    def invalidate_caches(self):
        pass


class PathEntryFinder(metaclass=abc.ABCMeta):
    """A finder for one entry of `sys.path`: `find_spec(fullname, target=None)`."""

    def invalidate_caches(self):
        pass


_register(MetaPathFinder, _machinery.BuiltinImporter, _machinery.FrozenImporter,
          _machinery.PathFinder)
_register(PathEntryFinder, _machinery.FileFinder)


class ResourceLoader(Loader):
    """A loader that reads the data of a path."""

    @abc.abstractmethod
    def get_data(self, path):
        raise OSError


class InspectLoader(Loader):
    """A loader that can give a module's source and code."""

    def is_package(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        return self.source_to_code(source)

    @abc.abstractmethod
    def get_source(self, fullname):
        raise ImportError

    @staticmethod
    def source_to_code(data, path="<string>"):
        return compile(data, path, "exec", dont_inherit=True)

    exec_module = _machinery.SourceLoader.exec_module
    load_module = Loader.load_module


_register(InspectLoader, _machinery.BuiltinImporter, _machinery.FrozenImporter)


class ExecutionLoader(InspectLoader):
    """A loader that also knows the file a module comes from."""

    @abc.abstractmethod
    def get_filename(self, fullname):
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        try:
            path = self.get_filename(fullname)
        except ImportError:
            return self.source_to_code(source)
        return self.source_to_code(source, path)


class FileLoader(_machinery.FileLoader, ResourceLoader, ExecutionLoader):
    """A loader of a module's file (`name` and `path`)."""

    __module__ = __name__


_register(FileLoader, _machinery.SourcelessFileLoader)


class SourceLoader(_machinery.SourceLoader, ResourceLoader, ExecutionLoader):
    """A loader of source text: give it `get_data` and `get_filename`."""

    __module__ = __name__

    def path_mtime(self, path):
        raise OSError

    def path_stats(self, path):
        return {"mtime": self.path_mtime(path)}

    def set_data(self, path, data):
        """Writing bytecode: corun writes none."""


_register(FileLoader, _machinery.SourceFileLoader)
_register(SourceLoader, _machinery.SourceFileLoader)


class ResourceReader(metaclass=abc.ABCMeta):
    """Reads the resources of a package."""

    @abc.abstractmethod
    def open_resource(self, resource):
        raise FileNotFoundError

    @abc.abstractmethod
    def resource_path(self, resource):
        raise FileNotFoundError

    @abc.abstractmethod
    def is_resource(self, path):
        raise FileNotFoundError

    @abc.abstractmethod
    def contents(self):
        return iter([])


class Traversable(metaclass=abc.ABCMeta):
    """A file or folder of a package's resources, as `importlib.resources.files` gives."""

    @abc.abstractmethod
    def iterdir(self):
        """The children of a folder."""

    def read_bytes(self):
        with self.open("rb") as f:
            return f.read()

    def read_text(self, encoding=None):
        with self.open(encoding=encoding) as f:
            return f.read()

    @abc.abstractmethod
    def is_dir(self):
        """Whether it is a folder."""

    @abc.abstractmethod
    def is_file(self):
        """Whether it is a file."""

    @abc.abstractmethod
    def joinpath(self, *descendants):
        """The descendant under it."""

    def __truediv__(self, child):
        return self.joinpath(child)

    @abc.abstractmethod
    def open(self, mode="r", *args, **kwargs):
        """Opens it as a file."""

    @property
    @abc.abstractmethod
    def name(self):
        """Its last name."""


class TraversableResources(ResourceReader):
    """A resource reader over a `Traversable` (`files()`)."""

    @abc.abstractmethod
    def files(self):
        """The Traversable of the package."""

    def open_resource(self, resource):
        return self.files().joinpath(resource).open("rb")

    def resource_path(self, resource):
        raise FileNotFoundError(resource)

    def is_resource(self, path):
        return self.files().joinpath(path).is_file()

    def contents(self):
        return (item.name for item in self.files().iterdir())
