# asyncio's classes can be subscripted in annotations.
import asyncio


async def produce(q: "asyncio.Queue[int]") -> None:
    await q.put(1)


async def main() -> None:
    q: asyncio.Queue[int] = asyncio.Queue()
    f: asyncio.Future[str] = asyncio.get_running_loop().create_future()
    t: asyncio.Task[None] = asyncio.create_task(produce(q))
    await t
    print(q.get_nowait())
    f.cancel()


asyncio.run(main())
