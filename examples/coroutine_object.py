# Coroutines are lazy: calling an `async def` function runs none of its body. It only makes a
# coroutine object, and the body runs when that object is awaited.
import asyncio


async def greet(name: str) -> str:
    print("greet is running")
    return "Hello, " + name


async def main() -> None:
    coro = greet("world")
    print("made:", coro)  # nothing printed by greet yet
    result = await coro  # now the body runs
    print("result:", result)


asyncio.run(main())
