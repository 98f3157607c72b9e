# Aborting a Barrier breaks it for every waiter.
import asyncio


async def party(b, n):
    try:
        await b.wait()
    except asyncio.BrokenBarrierError:
        print("party", n, "saw a broken barrier")


async def main():
    b = asyncio.Barrier(3)
    ts = [asyncio.create_task(party(b, n)) for n in range(2)]
    await asyncio.sleep(0)
    await b.abort()
    await asyncio.gather(*ts)
    print(b.broken)
    await b.reset()
    print(b.broken)


asyncio.run(main())
