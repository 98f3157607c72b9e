# for/else with break and continue inside a coroutine.
import asyncio
async def main():
    for i in range(5):
        await asyncio.sleep(0)
        if i == 1:
            continue
        if i == 3:
            print('break', i)
            break
        print('i', i)
    else:
        print('not printed')
    for j in range(2):
        await asyncio.sleep(0)
    else:
        print('else', j)
    for a in range(3):
        for b in range(3):
            await asyncio.sleep(0)
            if b > a:
                break
            print(a, b)
asyncio.run(main())
