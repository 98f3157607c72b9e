# corun-args: --virtual-time
import asyncio

class Connection:
    async def __aenter__(self):
        await asyncio.sleep(0.001)
        print("connected")
        return self
    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.001)
        print("closed", exc_type)
    async def query(self, q):
        await asyncio.sleep(0)
        return q.upper()

async def main():
    async with Connection() as conn:
        print(await conn.query("select 1"))
    try:
        async with Connection():
            raise ValueError("oops")
    except ValueError as e:
        print("caught", e)

asyncio.run(main())
