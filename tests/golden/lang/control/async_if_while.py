# if/elif/else and while/else inside a coroutine around awaits.
import asyncio
async def classify(n):
    await asyncio.sleep(0)
    if n < 0:
        return 'neg'
    elif n == 0:
        return 'zero'
    else:
        return 'pos'
async def main():
    print([await classify(n) for n in (-1, 0, 1)])
    n = 0
    while n < 3:
        await asyncio.sleep(0)
        n += 1
    else:
        print('while else', n)
    while True:
        await asyncio.sleep(0)
        n -= 1
        if n == 1:
            break
    else:
        print('not printed')
    print('n', n)
asyncio.run(main())
