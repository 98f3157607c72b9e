# An exception escaping asyncio.run can be caught around it.
import asyncio


async def main():
    await asyncio.sleep(0)
    raise LookupError("escaped")


try:
    asyncio.run(main())
except LookupError as e:
    print("caught outside:", e)
