# await inside dict displays: keys, values and ** merges, in CPython's order.
import asyncio

async def val(x):
    print("eval", x)
    await asyncio.sleep(0)
    return x

async def main():
    d = {await val("k"): await val(1), "b": await val(2)}
    print(d)
    e = {**await val({"x": 1}), "y": await val(2), **{"z": 3}}
    print(e)
    print({await val(i): i for i in range(3)})
    try:
        {**await val([1, 2])}
    except TypeError as err:
        print("TypeError:", err)

asyncio.run(main())
