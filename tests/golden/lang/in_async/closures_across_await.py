# Closures see the current value of captured variables, even after awaits change them.
import asyncio


async def main():
    count = 0

    def show():
        return f"count={count}"

    def bump():
        nonlocal count
        count += 1

    print(show())
    await asyncio.sleep(0)
    bump()
    await asyncio.sleep(0)
    bump()
    print(show())
    funcs = []
    for i in range(3):
        await asyncio.sleep(0)
        funcs.append(lambda i=i: i * count)
    print([f() for f in funcs])


asyncio.run(main())
