# Coroutines kept in a list warn when the list goes away.
import asyncio


async def job(n):
    return n


async def main():
    jobs = [job(n) for n in range(2)]
    print(len(jobs))
    jobs = None
    print("list dropped")


asyncio.run(main())
