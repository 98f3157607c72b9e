# corun-args: --virtual-time
# A task still pending when the program ends is reported as destroyed.
import asyncio


async def forever():
    print("forever starts")
    await asyncio.sleep(10)


async def main():
    asyncio.create_task(forever())
    await asyncio.sleep(0)
    print("main done")


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
print("loop not closed")
