# The smallest asyncio program: one coroutine, run to completion by asyncio.run.
import asyncio


async def main() -> None:
    # Calling an `async def` function makes a coroutine; asyncio.run drives it.
    print("Hello from a coroutine!")


asyncio.run(main())
