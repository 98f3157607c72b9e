import asyncio


async def main():
    q = asyncio.Queue()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("empty", repr(e), type(e).__module__)
    q2 = asyncio.Queue(1)
    q2.put_nowait(1)
    try:
        q2.put_nowait(2)
    except asyncio.QueueFull as e:
        print("full", repr(e), q2.full())
    print(issubclass(asyncio.QueueEmpty, Exception))


asyncio.run(main())
