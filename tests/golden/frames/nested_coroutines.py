import asyncio
import sys


def who_called():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_back.f_code.co_name


async def leaf():
    await asyncio.sleep(0)
    return who_called()


async def branch():
    first = await leaf()
    second = await leaf()
    return first, second, sys._getframe().f_code.co_name


async def main():
    print(await branch())
    results = await asyncio.gather(leaf(), leaf())
    print([r[0] for r in results])
    frame = sys._getframe()
    print(frame.f_code.co_name, sorted(frame.f_locals))


asyncio.run(main())
