# corun-args: --virtual-time
import asyncio


async def slow():
    await asyncio.sleep(1)


async def main():
    await asyncio.wait_for(slow(), timeout=0.01)


try:
    asyncio.run(main())
except TimeoutError as e:
    print("TimeoutError escaped asyncio.run", e.args)
