# wait() does not look at exceptions: a failed task dropped afterwards is reported.
import asyncio


async def boom():
    raise KeyError("w")


async def main():
    done, pending = await asyncio.wait([asyncio.create_task(boom())])
    print(len(done), len(pending))
    done = None
    print("dropped")


asyncio.run(main())
