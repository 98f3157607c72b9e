"""`asyncio.events`: the event loop's interface and the functions that find the loop. The
classes and functions are asyncio's own (native), gathered here under CPython's module."""

from asyncio import (AbstractEventLoopPolicy, AbstractEventLoop, AbstractServer, Handle,
                     TimerHandle, get_event_loop_policy, set_event_loop_policy, get_event_loop,
                     set_event_loop, new_event_loop, get_running_loop)

__all__ = ("AbstractEventLoopPolicy", "AbstractEventLoop", "AbstractServer", "Handle",
           "TimerHandle", "get_event_loop_policy", "set_event_loop_policy", "get_event_loop",
           "set_event_loop", "new_event_loop", "get_running_loop")
