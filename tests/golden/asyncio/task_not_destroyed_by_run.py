# corun-args: --virtual-time
# asyncio.run cancels what is left, so nothing is reported as destroyed.
import asyncio


async def forever():
    try:
        await asyncio.sleep(10)
    finally:
        print("forever cleaned up")


async def main():
    asyncio.create_task(forever())
    await asyncio.sleep(0)


asyncio.run(main())
print("after")
