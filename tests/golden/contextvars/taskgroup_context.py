# TaskGroup tasks copy the context too, or use the one given.
import asyncio
import contextvars

tenant = contextvars.ContextVar("tenant", default="none")


async def worker(i):
    seen = tenant.get()
    tenant.set(f"w{i}")
    await asyncio.sleep(0)
    return seen, tenant.get()


async def main():
    tenant.set("acme")
    other = contextvars.Context()
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(worker(1))
        b = tg.create_task(worker(2), context=other)
    print(a.result(), b.result())
    print(tenant.get(), other[tenant])


asyncio.run(main())
