# corun-args: --virtual-time
# asyncio.sleep(delay, result) returns its result argument.
import asyncio


async def main():
    x = await asyncio.sleep(0, "x")
    print(x)
    y = await asyncio.sleep(0.01, 42)
    print(y + 1)
    return await asyncio.sleep(0, result="done")


print(asyncio.run(main()))
