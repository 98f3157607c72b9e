"""Code that imports asyncio's parts by their module names, as libraries and type hints do."""
import asyncio
import asyncio.tasks
from asyncio.exceptions import CancelledError, TimeoutError
from asyncio import futures, queues, coroutines, transports, protocols, timeouts, log, constants, threads
from asyncio.tasks import gather, Task
from asyncio.log import logger


async def fetch(n) -> int:
    await asyncio.sleep(0)
    return n * 2


def describe(t: asyncio.tasks.Task) -> str:
    return f"{t.get_name()} done={t.done()}"


async def main():
    print(asyncio.tasks.Task is asyncio.Task, CancelledError is asyncio.CancelledError,
          TimeoutError is asyncio.TimeoutError)
    print(futures.Future is asyncio.Future, queues.Queue is asyncio.Queue,
          queues.QueueEmpty is asyncio.QueueEmpty)
    print(coroutines.iscoroutinefunction(fetch), coroutines.iscoroutinefunction(describe))
    print(transports.Transport.__name__, protocols.Protocol.__name__,
          issubclass(protocols.Protocol, protocols.BaseProtocol))
    print(all(hasattr(asyncio.tasks, n) for n in asyncio.tasks.__all__),
          'gather' in asyncio.tasks.__all__)
    print(logger.name, logger is __import__('logging').getLogger('asyncio'))
    print(constants.DEBUG_STACK_DEPTH, constants.ACCEPT_RETRY_DELAY, list(constants._SendfileMode))
    print(timeouts.timeout is asyncio.timeout, threads.to_thread is asyncio.to_thread)
    t = asyncio.tasks.create_task(fetch(21), name='job')
    print(describe(t))
    print(await gather(t, fetch(1)))
    print(describe(t))
    try:
        async with timeouts.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print('timed out')


asyncio.run(main())
