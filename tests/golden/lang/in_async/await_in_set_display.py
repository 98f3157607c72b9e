# await inside set displays and set comprehensions.
import asyncio

async def val(x):
    await asyncio.sleep(0)
    return x

async def main():
    print({await val(1), await val(2), 3})
    print({*await val([4, 5]), await val(6)})
    print({await val(i % 2) for i in range(5)})
    print(sorted({await val(s) for s in "hello"}))

asyncio.run(main())
