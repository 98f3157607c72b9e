# corun-args: --virtual-time --timeline
# A crawler's timeline: tasks of one coroutine told apart by their arguments, a TaskGroup's wait
# named with the tasks it waits for, the cancel a failing child causes put down to it, a
# thread's work named for its function, and delays computed in floats shown as written.
import asyncio


async def fetch(url, delay):
    await asyncio.sleep(delay)
    if url.endswith("/broken"):
        raise ConnectionError(url)
    return len(url)


def parse(n):
    return n * 2


async def main():
    step = 0.05
    sizes = []
    try:
        async with asyncio.TaskGroup() as tg:
            for i, path in enumerate(["/", "/about", "/broken", "/slow"]):
                tg.create_task(fetch("site" + path, step * (i + 1) * 3))
    except* ConnectionError as eg:
        print("failed:", [str(e) for e in eg.exceptions])
    async with asyncio.TaskGroup() as tg:
        for path in ["/", "/about"]:
            sizes.append(tg.create_task(fetch("site" + path, 0.1), name=f"fetch {path}"))
    print("sizes:", [t.result() for t in sizes])
    print("parsed:", await asyncio.to_thread(parse, 21))


asyncio.run(main())
