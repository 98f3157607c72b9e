# corun-args: --virtual-time
# gather returns results in argument order; return_exceptions collects errors.
import asyncio


async def square(x, delay):
    await asyncio.sleep(delay)
    print("done", x)
    if x < 0:
        raise ValueError(x)
    return x * x


async def main():
    print(await asyncio.gather(square(3, 0.02), square(4, 0.0), square(5, 0.01)))
    res = await asyncio.gather(square(1, 0), square(-1, 0), return_exceptions=True)
    print([repr(r) for r in res])
    try:
        await asyncio.gather(square(2, 0), square(-2, 0))
    except ValueError as e:
        print("gather raised", repr(e))


asyncio.run(main())
