import asyncio


async def main():
    lock = asyncio.Lock()
    try:
        async with lock:
            print("inside", lock.locked())
            raise ValueError("boom")
    except ValueError as e:
        print("caught", e, lock.locked())


asyncio.run(main())
