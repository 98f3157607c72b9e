"""`asyncio.queues`: asyncio's queues (native), gathered here under CPython's module."""

from asyncio import Queue, PriorityQueue, LifoQueue, QueueFull, QueueEmpty

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')
