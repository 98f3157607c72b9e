"""`asyncio.timeouts`: `timeout` and `timeout_at`, gathered here under CPython's module."""

from asyncio import Timeout, timeout, timeout_at

__all__ = ('Timeout', 'timeout', 'timeout_at')
