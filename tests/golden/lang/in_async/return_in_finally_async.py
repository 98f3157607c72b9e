# return/break inside try/finally with awaits in the finally clause.
import asyncio


async def f():
    try:
        await asyncio.sleep(0)
        return "from try"
    finally:
        await asyncio.sleep(0)
        print("finally after await")


async def g():
    for i in range(5):
        try:
            await asyncio.sleep(0)
            if i == 2:
                break
        finally:
            print("loop finally", i)
    return i


async def main():
    print(await f())
    print(await g())


asyncio.run(main())
