# A task awaiting itself gets a RuntimeError.
import asyncio


async def selfish():
    await asyncio.current_task()


async def main():
    t = asyncio.create_task(selfish())
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])


asyncio.run(main())
