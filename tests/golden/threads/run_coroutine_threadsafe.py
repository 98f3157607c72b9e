"""A blocking worker thread hands coroutines to the event loop and waits for their results."""
import asyncio


async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b


async def fails():
    await asyncio.sleep(0)
    raise ValueError('bad input')


async def forever():
    await asyncio.sleep(3600)


def worker(loop):
    f = asyncio.run_coroutine_threadsafe(add(2, 3), loop)
    print('worker got', f.result(timeout=5), type(f).__name__)
    g = asyncio.run_coroutine_threadsafe(fails(), loop)
    try:
        g.result(timeout=5)
    except ValueError as e:
        print('worker caught', e)
    h = asyncio.run_coroutine_threadsafe(forever(), loop)
    print('cancel', h.cancel(), h.cancelled())
    try:
        asyncio.run_coroutine_threadsafe(1, loop)
    except TypeError as e:
        print(e)
    results = [asyncio.run_coroutine_threadsafe(add(i, i), loop) for i in range(3)]
    print('all', [r.result() for r in results])
    return 'done'


async def main():
    loop = asyncio.get_running_loop()
    r = await asyncio.to_thread(worker, loop)
    await asyncio.sleep(0.05)
    print(r, len(asyncio.all_tasks()))


asyncio.run(main())
