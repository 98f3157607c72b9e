# loop.run_in_executor with the default executor and with a given one; a thread hands a
# value back with call_soon_threadsafe.
import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor


def compute(n):
    time.sleep(0.02)
    return sum(range(n))


async def main():
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(*(loop.run_in_executor(None, compute, n)
                                     for n in (10, 100, 1000)))
    print(results)
    with ThreadPoolExecutor(max_workers=2) as pool:
        r = await loop.run_in_executor(pool, compute, 5)
        print("custom pool:", r)
    fut = loop.create_future()

    def worker():
        time.sleep(0.02)
        loop.call_soon_threadsafe(fut.set_result, "from thread")

    t = threading.Thread(target=worker)
    t.start()
    print(await fut)
    t.join()
    try:
        await loop.run_in_executor(None, compute, "x")
    except TypeError as e:
        print("TypeError:", e)
    cf_future = ThreadPoolExecutor(1).submit(compute, 4)
    print("wrapped:", await asyncio.wrap_future(cf_future))


asyncio.run(main())
print("threads left:", threading.active_count())
