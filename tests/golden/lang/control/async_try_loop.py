# try/except/finally with break and continue around awaits.
import asyncio
async def maybe_fail(i):
    await asyncio.sleep(0)
    if i % 2:
        raise ValueError(f'odd {i}')
    return i
async def main():
    for i in range(5):
        try:
            r = await maybe_fail(i)
            if r == 4:
                break
        except ValueError as e:
            print('caught', e)
            continue
        finally:
            print('finally', i)
        print('ok', r)
asyncio.run(main())
