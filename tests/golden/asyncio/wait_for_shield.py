# corun-args: --virtual-time
# wait_for around shield: the timeout fires but the shielded task goes on.
import asyncio


async def work():
    await asyncio.sleep(0.02)
    print("work finished")
    return 1


async def main():
    t = asyncio.create_task(work())
    try:
        await asyncio.wait_for(asyncio.shield(t), 0.005)
    except TimeoutError:
        print("timed out")
    print(await t)


asyncio.run(main())
