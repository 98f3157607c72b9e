# Closures and nonlocal in nested coroutines and keyword arguments of coroutine functions.
import asyncio
async def main():
    count = 0
    async def bump(step=1, *, label='x'):
        nonlocal count
        await asyncio.sleep(0)
        count += step
        return f'{label}{count}'
    print(await bump(), await bump(5), await bump(label='y'))
    print(count)
    print(bump.__qualname__, main.__name__)
    try:
        await bump(1, 2)
    except TypeError as e:
        print(type(e).__name__, e)
asyncio.run(main())
