# Closing the running loop is a RuntimeError.
import asyncio


async def main():
    try:
        asyncio.get_running_loop().close()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
