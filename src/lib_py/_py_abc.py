"""`_py_abc`: CPython's ABCMeta written in Python. corun's `abc` is written in Python
already, so this is the same class."""

from abc import ABCMeta, get_cache_token

__all__ = ["ABCMeta", "get_cache_token"]
