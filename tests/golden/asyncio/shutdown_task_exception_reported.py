# A task that fails while asyncio.run cancels it is reported by the loop's handler.
import asyncio


async def bad_cleanup():
    try:
        await asyncio.get_running_loop().create_future()
    finally:
        raise ValueError("cleanup failed")


async def main():
    asyncio.create_task(bad_cleanup())
    await asyncio.sleep(0)


asyncio.run(main())
print("done")
