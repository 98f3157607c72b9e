# Exception groups built from gathered task failures, handled with except* in a coroutine.
import asyncio

async def job(n):
    await asyncio.sleep(0)
    if n == 1:
        raise ValueError(f"job {n}")
    if n == 2:
        raise KeyError(n)
    return n

async def main():
    results = await asyncio.gather(*(job(n) for n in range(4)), return_exceptions=True)
    errors = [r for r in results if isinstance(r, Exception)]
    print(results)
    try:
        raise ExceptionGroup("jobs failed", errors)
    except* ValueError as eg:
        for e in eg.exceptions:
            print("value error:", e)
    except* KeyError as eg:
        await asyncio.sleep(0)
        print("key errors:", [e.args for e in eg.exceptions])
    try:
        await job(1)
    except* ValueError as eg:
        print("naked in a coroutine:", repr(eg))

asyncio.run(main())
