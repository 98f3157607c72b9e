# try/except/else/finally around awaits that fail or succeed.
import asyncio


async def maybe_fail(x):
    await asyncio.sleep(0)
    if x % 2:
        raise ValueError(f"odd {x}")
    return x * 10


async def main():
    for x in range(3):
        try:
            r = await maybe_fail(x)
        except ValueError as e:
            print("except", e)
        else:
            print("else", r)
        finally:
            await asyncio.sleep(0)
            print("finally", x)


asyncio.run(main())
