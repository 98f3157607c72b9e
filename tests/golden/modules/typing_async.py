import asyncio
from typing import AsyncIterator, Awaitable, Coroutine, Iterable, Iterator, Sequence, Mapping


async def work(x: int) -> int:
    return x * 2


async def run_all(items: Iterable[int]) -> Sequence[int]:
    coros: list = [work(i) for i in items]
    return await asyncio.gather(*coros)


print(Awaitable[int], Coroutine[None, None, int])
print(Iterator[str], Mapping[str, int])
print(asyncio.run(run_all([1, 2, 3])))
