# corun-args: --virtual-time
# asyncio.sleep awaited where it is made (run by the awaiting frame) and everywhere else:
# results, gather, tasks, cancellation, a non-number delay, reuse, wait_for.
import asyncio

async def main():
    print(await asyncio.sleep(0, 'r0'), await asyncio.sleep(0.001, result='r1'))
    print(await asyncio.gather(asyncio.sleep(0.002, 'a'), asyncio.sleep(0, 'b'), asyncio.sleep(-1, 'c')))
    t = asyncio.create_task(asyncio.sleep(10, 'never'))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled', t.cancelled())
    async def sleeper():
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            print('inner cancelled')
            raise
    t2 = asyncio.create_task(sleeper())
    await asyncio.sleep(0.001)
    t2.cancel()
    await asyncio.gather(t2, return_exceptions=True)
    try:
        await asyncio.sleep('x')
    except TypeError as e:
        print('TypeError', e)
    c = asyncio.sleep(0)
    await c
    try:
        await c
    except RuntimeError as e:
        print('RuntimeError', e)
    print(await asyncio.wait_for(asyncio.sleep(0.001, 'w'), 1))
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.005)
    except asyncio.TimeoutError:
        print('timeout')
    s = asyncio.sleep(False, "bool")
    print(await s)

asyncio.run(main())
