# A task started in one Runner.run keeps running in the next; close() cancels what is left.
import asyncio


async def background():
    n = 0
    try:
        while True:
            await asyncio.sleep(0)
            n += 1
            print("background tick", n)
    except asyncio.CancelledError:
        print("background cancelled at close")
        raise


async def start():
    asyncio.create_task(background())
    print("started")


async def three_steps():
    for i in range(3):
        print("step", i)
        await asyncio.sleep(0)


runner = asyncio.Runner()
runner.run(start())
runner.run(three_steps())
runner.close()
print("closed")
c = three_steps()
try:
    runner.run(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
