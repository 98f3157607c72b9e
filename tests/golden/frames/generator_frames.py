# corun-args: --virtual-time
import asyncio


def counter(limit):
    n = 0
    while n < limit:
        yield n
        n += 1
    return "done"


gen = counter(3)
print("created:", gen.gi_frame.f_lineno, gen.gi_frame.f_code.co_name)
print(next(gen), gen.gi_frame.f_lineno, gen.gi_frame.f_locals)
print(next(gen), gen.gi_frame.f_locals["n"])
frame = gen.gi_frame
print(next(gen), frame.f_lineno, frame.f_back)
for _ in gen:
    pass
print("finished:", gen.gi_frame)


async def worker(delay):
    step = "before"
    await asyncio.sleep(delay)
    step = "after"
    return step


async def main():
    coro = worker(0)
    print("coro created:", coro.cr_frame.f_code.co_name, coro.cr_frame.f_lineno)
    task = asyncio.ensure_future(coro)
    await asyncio.sleep(0)
    print("suspended at:", coro.cr_frame.f_lineno, coro.cr_frame.f_locals)
    print(await task, coro.cr_frame)


asyncio.run(main())
