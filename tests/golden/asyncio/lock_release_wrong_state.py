# Releasing an unlocked Lock is a RuntimeError.
import asyncio


async def main():
    lock = asyncio.Lock()
    async with lock:
        pass
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
