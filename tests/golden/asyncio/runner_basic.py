# asyncio.Runner runs several coroutines on one loop, then closes it.
import asyncio


async def step(n):
    await asyncio.sleep(0)
    return asyncio.get_running_loop(), n * n


with asyncio.Runner() as runner:
    loop1, a = runner.run(step(2))
    loop2, b = runner.run(step(3))
    print(a, b, loop1 is loop2, loop1 is runner.get_loop())
print(loop1.is_closed())
