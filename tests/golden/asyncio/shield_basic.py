# corun-args: --virtual-time
import asyncio


async def precious():
    await asyncio.sleep(0.05)
    print("precious finished")
    return 7


async def main():
    inner = asyncio.create_task(precious())
    outer = asyncio.create_task(asyncio.wait_for(asyncio.shield(inner), 0.01))
    try:
        await outer
    except TimeoutError:
        print("outer timed out", inner.cancelled())
    print(await inner)
    done = asyncio.get_running_loop().create_future()
    done.set_result(1)
    print(asyncio.shield(done) is done)


asyncio.run(main())
