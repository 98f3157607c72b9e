# The running loop is an AbstractEventLoop, and a program's own loop class can derive from it.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print(isinstance(loop, asyncio.AbstractEventLoop), isinstance(loop, asyncio.BaseEventLoop))
    print([c.__name__ for c in type(loop).__mro__])
    print(asyncio.AbstractEventLoop, asyncio.BaseEventLoop)
    print(issubclass(asyncio.BaseEventLoop, asyncio.AbstractEventLoop))


asyncio.run(main())
print(asyncio.TimerHandle.__mro__)


class MyLoop(asyncio.AbstractEventLoop):
    def __init__(self):
        self.calls = []

    def time(self):
        return 42.0

    def call_soon(self, cb, *args, context=None):
        self.calls.append(cb)


lp = MyLoop()
print(lp.time(), isinstance(lp, asyncio.AbstractEventLoop))
lp.call_soon(print)
print(len(lp.calls))
try:
    lp.run_forever()
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
try:
    lp.call_later(1, print)
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
a = asyncio.AbstractEventLoop()
print(type(a).__name__)
try:
    a.is_running()
except NotImplementedError:
    print("is_running not implemented")
print(asyncio.AbstractEventLoop.__module__, asyncio.BaseEventLoop.__module__)
import asyncio.events
import asyncio.base_events
print(asyncio.events.AbstractEventLoop is asyncio.AbstractEventLoop)
print(asyncio.base_events.BaseEventLoop is asyncio.BaseEventLoop)
