# Two tasks each iterate their own async generator; their awaits interleave.
import asyncio

async def produce(tag, n):
    for i in range(n):
        await asyncio.sleep(0)
        yield f"{tag}{i}"

async def consume(tag, n):
    out = []
    async for item in produce(tag, n):
        print("consumed", item)
        out.append(item)
    return out

async def main():
    results = await asyncio.gather(consume("a", 3), consume("b", 2))
    print(results)

asyncio.run(main())
