# await under * in list and tuple displays and in calls, and in keyword arguments.
import asyncio

async def val(x):
    await asyncio.sleep(0)
    return x

def show(*args, **kwargs):
    print(args, kwargs)

async def main():
    print([*await val([1, 2]), await val(3)])
    print((*await val("ab"), await val(None)))
    show(*await val([1, 2]), sep=await val("-"))
    show(a=await val(1), **await val({"b": 2}))
    print("x", await val("y"), sep=await val("+"))
    try:
        [*await val(5)]
    except TypeError as e:
        print("TypeError:", e)
    try:
        show(*await val(5))
    except TypeError as e:
        print("TypeError:", e)
    try:
        show(a=1, **await val({"a": 2}))
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
