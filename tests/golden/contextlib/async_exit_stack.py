# AsyncExitStack managing connections in an asyncio program, asynccontextmanager as a
# decorator, and exceptions thrown into async generator managers.
import asyncio
import contextlib

events = []


class Connection:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0)
        events.append(f"connect {self.name}")
        return self

    async def __aexit__(self, kind, value, tb):
        await asyncio.sleep(0)
        events.append(f"disconnect {self.name}")


@contextlib.asynccontextmanager
async def transaction(name):
    events.append(f"begin {name}")
    try:
        yield name
    except ZeroDivisionError as e:
        events.append(f"rollback {name}: {e.args}")
    else:
        events.append(f"commit {name}")


async def main():
    async with contextlib.AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(Connection(n)) for n in ("db", "cache")]
        stack.push_async_callback(asyncio.sleep, 0)
        stack.callback(events.append, "sync callback")
        tx = await stack.enter_async_context(transaction("t1"))
        events.append(f"using {[c.name for c in conns]} in {tx}")
    print(events)
    events.clear()

    async with transaction("t2"):
        raise ZeroDivisionError(999)
    print(events)

    for exc in (StopIteration("spam"), StopAsyncIteration("ham"), KeyError("k")):
        try:
            async with transaction("t3"):
                raise exc
        except Exception as e:
            print(type(e).__name__, e is exc)

    @transaction("decorated")
    async def job(x):
        await asyncio.sleep(0)
        return x + 1

    events.clear()
    print(await job(1), await job(2), events)

    try:
        async with contextlib.AsyncExitStack() as stack:
            await stack.enter_async_context(object())
    except TypeError as e:
        print("TypeError:", e)

    async def agen():
        try:
            yield 1
        except ValueError as e:
            print("agen got", e.args)
            yield 2

    g = agen()
    print(await g.__anext__())
    print(await g.athrow(ValueError, ValueError("three-arg"), None))
    await g.aclose()

    policy = asyncio.get_event_loop_policy()
    print(type(policy).__name__, isinstance(policy, asyncio.AbstractEventLoopPolicy))
    asyncio.set_event_loop_policy(None)
    try:
        asyncio.set_event_loop_policy(42)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
