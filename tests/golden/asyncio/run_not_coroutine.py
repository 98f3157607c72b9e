# asyncio.run refuses anything but a coroutine.
import asyncio


async def main():
    return 1


for arg in (main, 5, None):
    try:
        asyncio.run(arg)
    except ValueError as e:
        print("ValueError:", e)
