# assert, del, is and in inside a coroutine.
import asyncio
async def main():
    x = [1, 2, 3]
    await asyncio.sleep(0)
    assert x, 'not empty'
    try:
        assert len(x) > 5, f'only {len(x)}'
    except AssertionError as e:
        print(type(e).__name__, e)
    del x[0]
    await asyncio.sleep(0)
    print(x, 2 in x, 1 not in x, x is x, None is not x)
    del x
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    r = await asyncio.sleep(0)
    print(r is None, 'yes' if r else 'no')
asyncio.run(main())
