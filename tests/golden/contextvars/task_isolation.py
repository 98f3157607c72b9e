# corun-args: --virtual-time
# A value set in one task is not seen by a sibling or by the parent.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default=None)


async def handle(n):
    request_id.set(f"req-{n}")
    await asyncio.sleep(0.001 * (3 - n))
    return f"{n}:{request_id.get()}"


async def main():
    results = await asyncio.gather(*(handle(i) for i in range(4)))
    print(results)
    print("parent sees", request_id.get())


asyncio.run(main())
