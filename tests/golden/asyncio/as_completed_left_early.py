# corun-args: --virtual-time
# Leaving an as_completed() loop early, by a timeout or a break, leaves no coroutine behind
# unawaited: each step's coroutine is made only when the loop asks for it.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    # Far from the timeout on either side, so that a loaded machine keeps the order.
    delays = [0.05, 0.1, 1.0, 1.05]
    tasks = [asyncio.create_task(job(f"job{i}", d)) for i, d in enumerate(delays)]
    try:
        for next_done in asyncio.as_completed(tasks, timeout=0.5):
            print("done:", await next_done)
    except TimeoutError:
        print("timed out")
    for next_done in asyncio.as_completed(tasks):
        print("first of the rest:", await next_done)
        break
    print(await asyncio.gather(*tasks))


asyncio.run(main())
