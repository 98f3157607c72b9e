# A Barrier can be passed several times in a row.
import asyncio


async def party(b, n, log):
    for rnd in range(2):
        await b.wait()
        log.append((rnd, n))


async def main():
    b = asyncio.Barrier(2)
    log = []
    await asyncio.gather(party(b, "a", log), party(b, "b", log))
    print(sorted(log))
    print(repr(b).split(" [")[1])


asyncio.run(main())
