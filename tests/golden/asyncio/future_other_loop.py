# corun-args: --virtual-time
# A future made while one asyncio.run() was running belongs to that loop: awaiting it (still
# pending) from a later asyncio.run() raises RuntimeError at once instead of waiting for ever.
# A future that is already done does not suspend, so awaiting it works anywhere.
import asyncio

pending = None
finished = None


async def first():
    global pending, finished
    loop = asyncio.get_running_loop()
    pending = loop.create_future()
    finished = loop.create_future()
    finished.set_result("made in the first run")


async def second():
    print(await finished)
    try:
        await pending
    except RuntimeError as e:
        print("RuntimeError:", "attached to a different loop" in str(e))
    fresh = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.01, fresh.set_result, "fresh")
    print(await fresh)


asyncio.run(first())
asyncio.run(second())
print("pending still:", pending.done())
