import asyncio

class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass

async def main():
    try:
        async with SyncOnly():
            pass
    except TypeError as e:
        print("TypeError:", e)
    with SyncOnly():
        await asyncio.sleep(0)
        print("sync with around await")

asyncio.run(main())
