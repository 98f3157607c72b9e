"""`asyncio.coroutines`: the tests for coroutines, gathered here under CPython's module."""

from asyncio import iscoroutinefunction, iscoroutine

__all__ = ('iscoroutinefunction', 'iscoroutine')
