# corun-args: --virtual-time --timeline
# The seed's await example: `await coro` runs the coroutine inside the same task, so the
# timeline has one task that runs once, at time 0, and returns.
import asyncio


async def add_one(number: int) -> int:
    return number + 1


async def main() -> None:
    # The program pauses here and waits for add_one(1) to finish
    one_plus_one = await add_one(1)

    # The program pauses here and waits for add_one(2) to finish
    two_plus_one = await add_one(2)
    print(one_plus_one)
    print(two_plus_one)


asyncio.run(main())
