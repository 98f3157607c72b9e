# asyncio's exceptions live in asyncio.exceptions.
import asyncio

for cls in (asyncio.CancelledError, asyncio.InvalidStateError, asyncio.QueueEmpty,
            asyncio.QueueFull, asyncio.TimeoutError, asyncio.BrokenBarrierError):
    print(cls.__module__, cls.__name__, [b.__name__ for b in cls.__mro__[1:]])
