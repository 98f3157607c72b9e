# corun-args: --virtual-time
import asyncio
import sys


async def sleeper():
    await asyncio.sleep(1)


async def failing():
    await asyncio.sleep(0)
    raise ValueError("boom")


async def main():
    t = asyncio.create_task(sleeper(), name="sleeper")
    await asyncio.sleep(0)
    stack = t.get_stack()
    print(len(stack), stack[0].f_code.co_name, stack[0].f_lineno)
    t.print_stack(file=sys.stdout)
    t.cancel()
    f = asyncio.create_task(failing(), name="failing")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print([fr.f_code.co_name for fr in f.get_stack()])
    f.print_stack(file=sys.stdout)
    print(f.get_stack(limit=0), repr(f.exception()))
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled")
    t.print_stack(file=sys.stdout)


asyncio.run(main())
