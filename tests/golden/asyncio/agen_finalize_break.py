# An async generator left by break is closed by the loop soon after; one still suspended when
# main returns is closed by asyncio.run at its end.
import asyncio

async def agen(name, n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    finally:
        print("finally of", name)

async def other():
    for i in range(4):
        print("other", i)
        await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(other())
    async for x in agen("first", 5):
        print("got", x)
        if x == 1:
            break
    print("after break")
    await asyncio.sleep(0)
    print("after sleep")
    kept = agen("kept", 10)
    print(await kept.__anext__())
    print("main end")

asyncio.run(main())
print("done")
