# async def with annotations and defaults; the coroutine is awaited inside asyncio.run.
import asyncio


async def add(a: int, b: int = 10) -> int:
    return a + b


async def main() -> None:
    print(await add(1))
    print(await add(1, 2))
    print(await add(b=5, a=7))


asyncio.run(main())
