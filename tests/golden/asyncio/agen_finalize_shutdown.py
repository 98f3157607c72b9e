# corun-args: --virtual-time
# asyncio.run closes the async generators still suspended once main is done (shutdown_asyncgens),
# after the remaining tasks are cancelled; an awaiting finally block may still await.
import asyncio

async def stream(name):
    try:
        i = 0
        while True:
            yield i
            i += 1
    finally:
        print(name, "cleanup start")
        await asyncio.sleep(0)
        print(name, "cleanup end")

async def forever():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("forever cancelled")
        raise

async def main():
    asyncio.create_task(forever())
    a = stream("a")
    print(await a.__anext__(), await a.__anext__())
    print("main returns")
    return a

keep = asyncio.run(main())
print("run returned")
