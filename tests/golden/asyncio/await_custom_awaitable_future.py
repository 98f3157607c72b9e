# __await__ may delegate to a future.
import asyncio


class Later:
    def __init__(self, fut):
        self.fut = fut

    def __await__(self):
        return self.fut.__await__()


async def main():
    f = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(f.set_result, "from future")
    print(await Later(f))


asyncio.run(main())
