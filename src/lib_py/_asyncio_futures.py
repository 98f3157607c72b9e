"""`asyncio.futures`: the Future and its helpers, asyncio's own (native), gathered here under
CPython's module."""

from asyncio import Future, wrap_future, isfuture

__all__ = ('Future', 'wrap_future', 'isfuture')
