# corun-args: --virtual-time
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body saw CancelledError")
                raise
            finally:
                print("body finally")
    except TimeoutError as e:
        print("TimeoutError", type(e.__context__).__name__)
    print(asyncio.current_task().cancelling())


asyncio.run(main())
