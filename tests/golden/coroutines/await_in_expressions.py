# corun-args: --virtual-time
"""`await` inside every kind of expression, driven by hand (send/throw/close) and by asyncio:
values, suspensions in the middle of an expression, exceptions raised through a chain of
coroutines, and cancellation while suspended inside an expression."""

import asyncio
import types


@types.coroutine
def pause(tag):
    # Suspends the whole chain once; what is sent back in is the value.
    got = yield tag
    return got


async def val(x):
    return x


async def sus(x):
    # Really suspends, then gives back x (or what was sent in, when that is not None).
    got = await pause(("pause", x))
    return x if got is None else got


async def boom(msg):
    await pause(("boom", msg))
    raise ValueError(msg)


def kw(**k):
    return sorted(k.items())


async def exprs():
    out = []
    out.append(await sus(1) + await sus(2))
    out.append(-(await sus(3)))
    out.append(await sus(1) < await sus(2) < await sus(3))
    out.append(await sus(3) < await sus(2) < await val(9))
    out.append(await sus(0) or await sus(5))
    out.append(await sus(4) and await sus(0))
    out.append(await sus("yes") if await sus(True) else await sus("no"))
    out.append(max(await sus(3), 7, *[await sus(8)], key=None))
    out.append(kw(a=await sus(1), b=await val(2), **{"c": await sus(3)}))
    out.append((await sus([10, 20, 30]))[await sus(1)])
    out.append((await sus("abcdef"))[await sus(1) : await sus(5) : await sus(2)])
    out.append([await sus(1), *(await sus((2, 3))), await val(4)])
    out.append((await sus(1), await sus(2)))
    out.append(sorted({await sus(1), await sus(1), await sus(2)}))
    out.append({await sus("k"): await sus("v"), **(await sus({"z": 0}))})
    out.append(f"{await sus(3.14159):.{await sus(2)}f}|{await sus('x')!r:>5}")
    out.append((y := await sus(11)) + y)
    out.append([await sus(i * i) for i in range(4) if await sus(i % 2 == 0)])
    out.append({i: await sus(-i) for i in range(3)})
    out.append((await sus(type("O", (), {"attr": 42})())).attr)
    out.append(await sus(await sus(await val(6))))
    return out


def drive(coro, sends=None, throw_at=None):
    """Runs a coroutine by hand; returns the tags it paused at and its result or error."""
    tags = []
    value = None
    try:
        while True:
            if throw_at is not None and len(tags) == throw_at:
                tag = coro.throw(KeyError("thrown in"))
            else:
                tag = coro.send(value)
            tags.append(tag)
            value = sends(tag) if sends else None
    except StopIteration as e:
        return tags, ("returned", e.value)
    except Exception as e:
        return tags, ("raised", type(e).__name__, str(e))


tags, res = drive(exprs())
print(len(tags), tags[:4])
for r in res[1]:
    print(r)

# What is sent in becomes the value of the expression's awaits.
print(drive(sus(5), sends=lambda t: "sent"))


async def chain(depth, leaf):
    if depth == 0:
        return await leaf
    return 1 + await chain(depth - 1, leaf)


print(drive(chain(30, sus(100))))
print(drive(chain(30, boom("deep")))[1])


async def catcher():
    try:
        return [await sus(1), await chain(5, boom("caught")), await sus(2)]
    except ValueError as e:
        return ("caught", str(e), await sus(3) * 2)
    finally:
        print("finally in catcher")


print(drive(catcher()))

# throw() into a coroutine suspended deep inside a chain, inside an expression.
print(drive(chain(10, sus(1)), throw_at=1))


async def handles_throw():
    try:
        return await sus(1) + await sus(2)
    except KeyError as e:
        return ("handled", e.args[0], await sus(5))


print(drive(handles_throw(), throw_at=1))

# close() of a coroutine suspended inside an expression runs its finally blocks.
async def closable():
    try:
        return [await sus(1), await sus(2)]
    finally:
        print("closed: finally ran")


c = closable()
print(c.send(None))
c.close()
print(c.cr_frame is None)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


# Returned values through a chain, and StopIteration's value.
async def ret_chain(n):
    if n == 0:
        return {"depth": 0}
    r = await ret_chain(n - 1)
    r["depth"] += 1
    return r


print(drive(ret_chain(50)))


# Under asyncio: cancellation while suspended inside an expression of a chain.
async def slow_sum(log):
    try:
        return await asyncio.sleep(0, 1) + await asyncio.sleep(10, 2)
    except asyncio.CancelledError:
        log.append("cancelled inside the sum")
        raise
    finally:
        log.append("finally of slow_sum")


async def outer(log):
    try:
        return [await asyncio.sleep(0, "a"), await slow_sum(log)]
    finally:
        log.append("finally of outer")


async def main():
    log = []
    t = asyncio.create_task(outer(log))
    for _ in range(3):
        await asyncio.sleep(0)
    t.cancel("stop")
    try:
        await t
    except asyncio.CancelledError as e:
        log.append(("task cancelled", e.args))
    print(log)
    # Values and errors through asyncio chains.
    print(await chain(20, asyncio.sleep(0, 7)))
    r = await asyncio.gather(chain(3, asyncio.sleep(0, 1)), chain(2, boom2()), return_exceptions=True)
    print([type(x).__name__ if isinstance(x, BaseException) else x for x in r])
    print(await asyncio.wait_for(slow_plus(), 5))


async def boom2():
    await asyncio.sleep(0)
    raise OSError("io")


async def slow_plus():
    return [await asyncio.sleep(0, i) * 2 for i in range(3)] + [await asyncio.sleep(0.001, 9)]


asyncio.run(main())
