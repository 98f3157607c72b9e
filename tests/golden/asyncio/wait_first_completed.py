import asyncio


async def job(d, name):
    await asyncio.sleep(d)
    print("finished", name)
    return name


async def main():
    ts = [asyncio.create_task(job(d, n)) for d, n in [(0.6, "slow"), (0.2, "fast"), (0.4, "mid")]]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(pending)
    print(sorted(t.result() for t in done), pending)


asyncio.run(main())
