# Walrus, unpacking and star displays inside a coroutine.
import asyncio
async def fetch(i):
    await asyncio.sleep(0)
    return i * 2
async def main():
    i = 0
    while (v := await fetch(i)) < 6:
        print('v', v)
        i += 1
    if (w := await fetch(10)) > 5:
        print('w', w)
    first, *rest = [await fetch(k) for k in range(4)]
    print(first, rest)
    a = [await fetch(1)]
    d = {'z': 0}
    print([*a, *rest], {**d, 'k': 1})
    print([y for k in range(3) if (y := k + 1) > 1])
asyncio.run(main())
