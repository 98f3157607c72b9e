# corun-args: --virtual-time
import asyncio

cancelled = []


async def child(i, delay=1):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        cancelled.append(i)
        raise


async def group():
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(3):
                tg.create_task(child(i))
            print("body done, waiting for children")
        print("not reached")
    except asyncio.CancelledError as e:
        print("group got CancelledError", e.args, "children cancelled:", sorted(cancelled))
        raise


async def group_awaiting_in_body():
    try:
        async with asyncio.TaskGroup() as tg:
            t = tg.create_task(child(9))
            await asyncio.sleep(1)
    finally:
        print("body left; child cancelled:", t.cancelled(), "done:", t.done())


async def group_swallows():
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(child(7, 0.03))
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("body swallowed CancelledError")
    print("after group; cancelling:", asyncio.current_task().cancelling(), t.cancelled(), t.done())
    return "finished"


async def main():
    t = asyncio.create_task(group())
    await asyncio.sleep(0.01)
    print("cancel:", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("outer caught CancelledError", t.cancelled())

    t = asyncio.create_task(group_awaiting_in_body())
    await asyncio.sleep(0.01)
    t.cancel("why")
    try:
        await t
    except asyncio.CancelledError as e:
        print("outer caught CancelledError", e.args, t.cancelled())

    t = asyncio.create_task(group_swallows())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        print("result:", await t)
    except asyncio.CancelledError:
        print("outer caught CancelledError", t.cancelled())
    print("cancelled children:", sorted(cancelled))


asyncio.run(main())
