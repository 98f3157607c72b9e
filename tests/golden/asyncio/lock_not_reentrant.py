# corun-args: --virtual-time
# An asyncio.Lock is not reentrant: a second acquire in the same task waits.
import asyncio


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    try:
        await asyncio.wait_for(lock.acquire(), 0.01)
    except TimeoutError:
        print("second acquire timed out")
    lock.release()
    print(lock.locked())


asyncio.run(main())
