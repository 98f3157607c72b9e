import asyncio


async def main():
    q = asyncio.Queue(2.5)
    for i in range(3):
        q.put_nowait(i)
    print(q.full(), q.maxsize)
    n = asyncio.Queue(-1)
    for i in range(5):
        n.put_nowait(i)
    print(n.full(), n.qsize())
    s = asyncio.Queue("x")
    print(s.maxsize)
    try:
        s.put_nowait(1)
    except TypeError as e:
        print(e)
    try:
        s.full()
    except TypeError as e:
        print(e)


asyncio.run(main())
