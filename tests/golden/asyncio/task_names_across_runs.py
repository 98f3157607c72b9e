# Default task names count up across the whole program: asyncio.run takes numbers for its
# main task and for its two shutdown steps (shutdown_asyncgens, shutdown_default_executor),
# and an old-style loop driven by hand shuts its async generators down itself.
import asyncio


async def who(label):
    print(label, asyncio.current_task().get_name())


async def ticks():
    try:
        for i in range(10):
            yield i
    finally:
        print("ticks closed")


async def leave_generator_open():
    agen = ticks()
    print("first tick", await agen.__anext__())
    # Never exhausted: the loop's shutdown_asyncgens() closes it.


asyncio.run(who("first run"))
asyncio.run(who("second run"))


async def late():
    loop = asyncio.get_running_loop()
    loop.call_soon(lambda: print("made at shutdown:", asyncio.ensure_future(asyncio.sleep(0)).get_name()))


asyncio.run(late())
asyncio.run(who("after a late task"))

with asyncio.Runner() as runner:
    runner.run(who("runner, once"))
    runner.run(who("runner, twice"))

loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(who("by hand"))
    loop.run_until_complete(leave_generator_open())
    coro = loop.shutdown_asyncgens()
    print(type(coro).__name__, coro.__qualname__)
    loop.run_until_complete(coro)
    loop.run_until_complete(loop.shutdown_default_executor())
finally:
    loop.close()
asyncio.run(who("last"))
