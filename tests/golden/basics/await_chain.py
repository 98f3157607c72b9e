# Coroutines awaiting coroutines: values flow back up the chain.
import asyncio


async def double(n: int) -> int:
    print("double", n)
    return n * 2


async def double_twice(n: int) -> int:
    once = await double(n)
    return await double(once)


async def main() -> None:
    result = await double_twice(5)
    print("result", result)
    print("again", await double_twice(result))


print(asyncio.run(main()))
