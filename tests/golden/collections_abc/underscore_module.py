# Code written for CPython imports the ABCs from `_collections_abc`, often for `_check_methods`
# to write its own `__subclasshook__`.
import _collections_abc
import collections.abc
from abc import ABC, abstractmethod


class Closeable(ABC):
    @abstractmethod
    def close(self):
        ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closeable:
            return _collections_abc._check_methods(C, "close")
        return NotImplemented


class File:
    def close(self):
        print("closed")


class NotClosing:
    close = None


print(issubclass(File, Closeable), issubclass(NotClosing, Closeable), issubclass(int, Closeable))
print(_collections_abc.Mapping is collections.abc.Mapping)
print(isinstance({}.keys(), _collections_abc.KeysView), _collections_abc.dict_keys)
print(isinstance(iter(range(3)), _collections_abc.Iterator), _collections_abc.range_iterator)
print(sorted(n for n in _collections_abc.__all__ if n.startswith("Async")))
print(_collections_abc.Sequence.__module__, _collections_abc.__name__)
