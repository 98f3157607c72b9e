# AsyncMock side effects: an exception, an iterable, a coroutine function, a plain function.
import asyncio
from unittest.mock import AsyncMock, MagicMock

async def main():
    m = AsyncMock(side_effect=ConnectionError("down"))
    try:
        await m()
    except ConnectionError as e:
        print("ConnectionError", e)
    m = AsyncMock(side_effect=[1, 2])
    print(await m(), await m())
    try:
        await m()
    except StopAsyncIteration:
        print("StopAsyncIteration")

    async def double(x):
        await asyncio.sleep(0)
        return 2 * x
    m = AsyncMock(side_effect=double)
    print(await m(21))
    m = AsyncMock(side_effect=lambda x: x + 1)
    print(await m(1))
    client = AsyncMock()
    client.get.return_value = "page"
    print(await client.get("/"))
    client.get.assert_awaited_once_with("/")
    magic = MagicMock()
    async with magic as session:
        print(session is magic.__aenter__.return_value)
    print(magic.__aexit__.await_count)

asyncio.run(main())
