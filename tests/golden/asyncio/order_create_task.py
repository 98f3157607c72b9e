# A new task starts only when main yields; main keeps running until its first await.
import asyncio


async def child(name, n):
    for i in range(n):
        print(name, "step", i)
        await asyncio.sleep(0)
    print(name, "done")
    return name


async def main():
    t1 = asyncio.create_task(child("a", 3))
    t2 = asyncio.create_task(child("b", 2))
    print("main before await")
    await asyncio.sleep(0)
    print("main after one yield")
    r1 = await t1
    print("got", r1)
    r2 = await t2
    print("got", r2)


asyncio.run(main())
