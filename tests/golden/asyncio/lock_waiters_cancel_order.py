# corun-args: --virtual-time
# When a waiting acquirer is cancelled, the next waiter gets the lock.
import asyncio


async def user(lock, name, log):
    async with lock:
        log.append(name)
        await asyncio.sleep(0.001)


async def main():
    lock = asyncio.Lock()
    log = []
    ts = [asyncio.create_task(user(lock, n, log)) for n in "abc"]
    await asyncio.sleep(0)
    ts[1].cancel()
    await asyncio.gather(*ts, return_exceptions=True)
    print(log, ts[1].cancelled())


asyncio.run(main())
