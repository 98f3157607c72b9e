# An exception travels up through several awaited coroutines, running their finally clauses.
import asyncio


async def level3():
    await asyncio.sleep(0)
    raise KeyError("deep")


async def level2():
    try:
        await level3()
    finally:
        print("level2 finally")


async def level1():
    try:
        return await level2()
    except LookupError as e:
        print("level1 caught", repr(e))
        return "recovered"


async def main():
    print(await level1())


asyncio.run(main())
