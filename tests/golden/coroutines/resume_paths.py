# corun-args: --virtual-time
# Coroutines driven by hand and by the event loop: send/throw/close, return values,
# exceptions and cancellation through chains, cr_frame/cr_running/cr_await, async
# generators under `async for`, gather of many coroutines.
import asyncio
import types


@types.coroutine
def suspend(value=None):
    got = yield value
    return got


async def leaf(tag):
    try:
        got = await suspend(f"leaf {tag} suspended")
        if got == "raise":
            raise LookupError(f"leaf {tag} raised")
        return f"leaf {tag} got {got}"
    finally:
        print("leaf finally", tag)


async def level(n, tag):
    if n == 0:
        return await leaf(tag)
    r = await level(n - 1, tag)
    return f"{n}<{r}>" if n % 5 == 0 else r


c = level(12, "a")
print(c.send(None))
print("running", c.cr_running, "awaiting", type(c.cr_await).__name__)
try:
    c.send("hello")
except StopIteration as e:
    print("returned:", e.value)
print("frame after return", c.cr_frame)

c = level(7, "b")
c.send(None)
try:
    c.send("raise")
except LookupError as e:
    print("exception up the chain:", e)

c = level(7, "c")
c.send(None)
try:
    c.throw(KeyError("thrown"))
except KeyError as e:
    print("throw down the chain:", e)

c = level(9, "d")
c.send(None)
c.close()
print("closed; frame", c.cr_frame)

c = level(3, "e")
c.send(None)
try:
    c.send(None)
except StopIteration as e:
    print("sent None:", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def catches(n):
    try:
        await level(n, "f")
    except LookupError as e:
        return f"caught at the top: {e}"


c = catches(6)
c.send(None)
try:
    c.send("raise")
except StopIteration as e:
    print(e.value)


# Under the loop: cancellation of deep chains suspended at the bottom, with cleanup on
# every level, and CancelledError caught partway up.
async def sleeper(n, log):
    try:
        if n == 0:
            await asyncio.sleep(10)
        else:
            await sleeper(n - 1, log)
    finally:
        log.append(n)


async def absorbs(log):
    try:
        await sleeper(5, log)
    except asyncio.CancelledError:
        log.append("absorbed")
        return "absorbed result"


async def ticker(n):
    total = 0
    for i in range(n):
        await asyncio.sleep(0)
        total += i
    return total


async def chain_tick(depth, n):
    if depth == 0:
        return await ticker(n)
    return await chain_tick(depth - 1, n) + 1


async def agen(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i * i
    finally:
        print("agen finally")


async def main():
    log = []
    t = asyncio.create_task(sleeper(20, log))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled; cleanups", len(log), log[:3], log[-1])

    log = []
    t = asyncio.create_task(absorbs(log))
    await asyncio.sleep(0)
    t.cancel()
    print("absorbing task:", await t, log, t.cancelled())

    print("ticks through a chain:", await chain_tick(30, 50))
    results = await asyncio.gather(*(chain_tick(i % 7, i % 11) for i in range(200)))
    print("gather:", len(results), sum(results), results[:12])

    total = 0
    async for v in agen(10):
        total += v
    print("async for total", total)
    ag = agen(10)
    async for v in ag:
        if v > 10:
            break
    await ag.aclose()
    print("squares:", [v async for v in agen(6)])

    async def fails(i):
        await asyncio.sleep(0)
        if i == 3:
            raise ValueError(f"task {i} failed")
        return i

    try:
        await asyncio.gather(*(fails(i) for i in range(6)))
    except ValueError as e:
        print("gather raised:", e)
    print(await asyncio.gather(*(fails(i) for i in range(6)), return_exceptions=True))

    timeout_log = []
    try:
        await asyncio.wait_for(sleeper(4, timeout_log), 0.01)
    except asyncio.TimeoutError:
        print("timed out; cleanups", timeout_log)


asyncio.run(main())


# Many async generators alive at once, each stepped under the loop: the loop closes those
# left suspended when it shuts down (their finally blocks run).
closed = []


async def numbered(i):
    try:
        yield i
        yield -i
    finally:
        closed.append(i)


async def many():
    gens = [numbered(i) for i in range(3000)]
    firsts = [await g.__anext__() for g in gens]
    for g in gens[:1000]:
        await g.aclose()
    del gens
    keep = [numbered(i) for i in range(5)]
    for g in keep:
        await g.__anext__()
    print("stepped", len(firsts), sum(firsts), "closed so far", len(closed))
    return keep


kept = asyncio.run(many())
print("after the loop:", len(closed), sorted(closed)[-5:])
