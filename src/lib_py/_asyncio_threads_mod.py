"""`asyncio.threads`: `to_thread`, gathered here under CPython's module."""

from asyncio import to_thread

__all__ = ('to_thread',)
