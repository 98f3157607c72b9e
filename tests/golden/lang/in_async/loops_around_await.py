# for and while loops with awaits inside, including break and continue.
import asyncio


async def main():
    total = 0
    for i in range(6):
        await asyncio.sleep(0)
        if i == 2:
            continue
        if i == 5:
            break
        total += i
        print("for", i, total)
    n = 3
    while n:
        await asyncio.sleep(0)
        n -= 1
        print("while", n)
    else:
        print("while else")


asyncio.run(main())
