"""`asyncio.base_events`: the base class of the event loop and the server it makes (both
asyncio's own, gathered here under CPython's module)."""

from asyncio import BaseEventLoop, Server

__all__ = ("BaseEventLoop", "Server")
