# await works in except and finally blocks.
import asyncio


async def main():
    try:
        raise KeyError("k")
    except KeyError:
        await asyncio.sleep(0)
        print("awaited in except")
    finally:
        await asyncio.sleep(0)
        print("awaited in finally")


asyncio.run(main())
