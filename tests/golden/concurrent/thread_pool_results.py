# A thread pool's futures, map, wait and as_completed, and run_in_executor with a pool.
import asyncio
import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor, as_completed, wait


def work(n):
    return n * n


with ThreadPoolExecutor(max_workers=4) as pool:
    futs = [pool.submit(work, i) for i in range(5)]
    print(sorted(f.result() for f in as_completed(futs)))
    print(list(pool.map(work, range(4))))
    bad = pool.submit(lambda: 1 / 0)
    print(type(bad.exception()).__name__, bad.done(), bad.cancelled())
    try:
        bad.result()
    except ZeroDivisionError as e:
        print("raised:", e)
    done, not_done = wait(futs)
    print(len(done), len(not_done))
    print(wait(futs, return_when=cf.FIRST_COMPLETED).not_done)
try:
    pool.submit(work, 1)
except RuntimeError as e:
    print(e)
f = cf.Future()
print(f.done(), f.running(), f.cancel(), f.cancelled())
f2 = cf.Future()
f2.add_done_callback(lambda fut: print("callback", fut.result()))
f2.set_result(7)
try:
    f2.set_result(8)
except cf.InvalidStateError:
    print("InvalidStateError")
try:
    cf.Future().result(timeout=0.01)
except TimeoutError:
    print("TimeoutError")
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print(e)


async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor() as pool:
        print(await loop.run_in_executor(pool, work, 9))
        results = await asyncio.gather(*(loop.run_in_executor(pool, work, i) for i in range(3)))
        print(results)


asyncio.run(main())
