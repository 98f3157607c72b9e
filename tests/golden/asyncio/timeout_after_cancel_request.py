# corun-args: --virtual-time
# asyncio.timeout() counts the cancellations already requested of its task when it is entered
# (Task.cancelling()): only its own becomes a TimeoutError. In CPython 3.11 a TaskGroup whose
# child failed leaves one such request behind, and a timeout after it must still time out.
import asyncio


async def failing_child():
    await asyncio.sleep(0)
    raise ValueError("child failed")


async def main():
    task = asyncio.current_task()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing_child())
            # The child fails while the group waits for it at the end of the block.
            await asyncio.sleep(0)
    except* ValueError as eg:
        print("group failed:", [str(e) for e in eg.exceptions])
    print("cancelling after the group:", task.cancelling())

    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(10)
    except TimeoutError as e:
        print("timed out; expired:", cm.expired())
        print("cause:", type(e.__cause__).__name__, "suppressed context:", e.__suppress_context__)

    reused = asyncio.timeout(5)
    async with reused:
        pass
    try:
        async with reused:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
