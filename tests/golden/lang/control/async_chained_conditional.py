# Chained comparisons and conditional expressions over awaited values.
import asyncio
async def val(n):
    await asyncio.sleep(0)
    print('awaited', n)
    return n
async def main():
    print(await val(1) < await val(2) < await val(3))
    print(await val(3) < await val(2) < await val(1))
    print('big' if await val(10) > 5 else 'small')
    print(await val(0) or await val('fallback'))
    print(await val(0) and await val('skipped'))
asyncio.run(main())
