# A Barrier lets its parties through together.
import asyncio


async def party(b, n):
    print("party", n, "arrives")
    pos = await b.wait()
    print("party", n, "passes", pos)


async def main():
    b = asyncio.Barrier(3)
    print(b.parties, b.n_waiting, b.broken)
    await asyncio.gather(*(party(b, n) for n in range(3)))
    print(b.n_waiting)


asyncio.run(main())
