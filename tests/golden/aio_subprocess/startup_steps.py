# The tasks alive while a child is being started, loop iteration by iteration: the same
# steps as CPython's (a task connects the child's pipes one after the other).
import asyncio
from asyncio.subprocess import PIPE


def alive():
    names = sorted(t.get_coro().__qualname__ for t in asyncio.all_tasks())
    return ", ".join(names)


async def main():
    for kwargs in ({}, {"stdout": PIPE}, {"stdin": PIPE, "stdout": PIPE, "stderr": PIPE}):
        start = asyncio.create_task(asyncio.create_subprocess_exec("true", **kwargs))
        steps = 0
        while not start.done():
            await asyncio.sleep(0)
            steps += 1
            print(f"  {steps}: {alive()}")
        proc = start.result()
        print(sorted(kwargs), "started after", steps, "iterations; exit", await proc.wait())
        print(repr(proc._transport).split()[0], type(proc._transport).__mro__[1].__name__)


asyncio.run(main())
