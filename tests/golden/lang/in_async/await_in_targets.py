# await in assignment targets, augmented assignments, slices, raise, assert and f-string specs.
import asyncio

async def val(x):
    await asyncio.sleep(0)
    return x

async def main():
    d = {"n": 1}
    d[await val("m")] = await val(2)
    print(d)
    d["n"] += await val(10)
    d[await val("m")] *= 3
    print(d)
    xs = list(range(10))
    print(xs[await val(2):await val(8):await val(2)])
    print(xs[:await val(3)])
    width = 8
    print(f"[{await val('hi'):>{await val(width)}}]")
    try:
        assert await val(False), await val("the message")
    except AssertionError as e:
        print("AssertionError:", e)
    try:
        raise await val(ValueError("awaited")) from await val(KeyError("cause"))
    except ValueError as e:
        print(repr(e), repr(e.__cause__))

asyncio.run(main())
