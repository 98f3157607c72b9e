"""`importlib.resources`: the files that come with a package. A package imported from a
folder has its files there: `files(package)` is that folder as a `pathlib.Path`. The modules
corun ships inside itself have no folder (`NotImplementedError`)."""

import contextlib as _contextlib
import functools as _functools
import os as _os
import pathlib as _pathlib
import warnings as _warnings
from importlib import import_module as _import_module

__all__ = [
    'Package', 'Resource', 'ResourceReader', 'as_file', 'contents', 'files', 'is_resource',
    'open_binary', 'open_text', 'path', 'read_binary', 'read_text',
]

Package = str | type(_os)
Resource = str


class ResourceReader:
    """What a loader may give to read its package's resources."""

    def open_resource(self, resource):
        raise FileNotFoundError

    def resource_path(self, resource):
        raise FileNotFoundError

    def is_resource(self, path):
        raise FileNotFoundError

    def contents(self):
        raise FileNotFoundError


def _package(anchor):
    module = _import_module(anchor) if isinstance(anchor, str) else anchor
    spec = module.__spec__
    if spec is None or spec.submodule_search_locations is None:
        raise TypeError(f'{anchor!r} is not a package')
    return spec


def files(package):
    """The folder of `package` (a module or its name), as a `pathlib.Path`."""
    spec = _package(package)
    if not spec.has_location:
        raise NotImplementedError(
            f"importlib.resources of {spec.name!r}, which corun ships inside itself")
    return _pathlib.Path(spec.origin).parent


@_contextlib.contextmanager
def as_file(path):
    """A path of the file system for the resource `path` (a `Path` already: itself)."""
    yield path


def _legacy(func):
    @_functools.wraps(func)
    def wrapper(*args, **kwargs):
        _warnings.warn(
            f"{func.__name__} is deprecated. Use files() instead. Refer to "
            "https://importlib-resources.readthedocs.io/en/latest/using.html"
            "#migrating-from-legacy for migration advice.",
            DeprecationWarning, stacklevel=2)
        return func(*args, **kwargs)
    return wrapper


def _file_name(path):
    parent, name = _os.path.split(str(path))
    if parent:
        raise ValueError(f'{path!r} must be only a file name')
    return name


def _open_binary(package, resource):
    return (files(package) / _file_name(resource)).open('rb')


def _open_text(package, resource, encoding='utf-8', errors='strict'):
    return (files(package) / _file_name(resource)).open('r', encoding=encoding, errors=errors)


@_legacy
def open_binary(package, resource):
    return _open_binary(package, resource)


@_legacy
def read_binary(package, resource):
    with _open_binary(package, resource) as f:
        return f.read()


@_legacy
def open_text(package, resource, encoding='utf-8', errors='strict'):
    return _open_text(package, resource, encoding, errors)


@_legacy
def read_text(package, resource, encoding='utf-8', errors='strict'):
    with _open_text(package, resource, encoding, errors) as f:
        return f.read()


@_legacy
def contents(package):
    return [p.name for p in files(package).iterdir()]


@_legacy
def is_resource(package, name):
    name = _file_name(name)
    return any(p.name == name and p.is_file() for p in files(package).iterdir())


@_legacy
def path(package, resource):
    return as_file(files(package) / _file_name(resource))
