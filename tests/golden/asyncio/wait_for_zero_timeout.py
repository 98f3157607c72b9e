# corun-args: --virtual-time
import asyncio


async def work():
    await asyncio.sleep(0.01)
    return 1


async def main():
    t = asyncio.create_task(work())
    try:
        await asyncio.wait_for(t, 0)
    except TimeoutError:
        print("timed out at once", t.cancelled())
    done = asyncio.get_running_loop().create_future()
    done.set_result("ready")
    print(await asyncio.wait_for(done, 0))


asyncio.run(main())
