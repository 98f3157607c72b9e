# asyncio.to_thread: a blocking function runs in a thread while the loop goes on with its
# other tasks (the asyncio book's example, with short sleeps).
import asyncio
import time


def blocking_io(label, seconds):
    print(f"start {label}")
    time.sleep(seconds)
    print(f"end {label}")
    return label.upper()


async def ticker():
    for i in range(3):
        await asyncio.sleep(0.04)
        print("tick", i)


async def main():
    await asyncio.to_thread(print, "warm-up")
    start = time.monotonic()
    result, _ = await asyncio.gather(asyncio.to_thread(blocking_io, "file", 0.2), ticker())
    print("result:", result)
    elapsed = time.monotonic() - start
    print("overlapped:", elapsed < 0.3)
    both = await asyncio.gather(
        asyncio.to_thread(time.sleep, 0.1),
        asyncio.to_thread(time.sleep, 0.1),
    )
    print("both:", both, "in parallel:", time.monotonic() - start - elapsed < 0.18)
    try:
        await asyncio.to_thread(int, "nope")
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
