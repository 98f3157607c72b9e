"""A chain of coroutines (and of generators delegating with `yield from`) suspended at the
bottom and resumed many times: values, what is sent and thrown in, close, the frames the
innermost sees above it, tracebacks and warnings from the bottom, and cancellation."""

import asyncio
import sys
import traceback
import types
import warnings


@types.coroutine
def pause(tag):
    got = yield tag
    return got


def callers():
    # The names of the frames above the caller, innermost first, up to the module.
    names = []
    f = sys._getframe(2)
    while f is not None and f.f_code.co_name != "<module>":
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


async def bottom(n):
    total = 0
    for i in range(n):
        got = await pause(("tick", i))
        total += i if got is None else got
        if i == 2:
            print("bottom sees", callers())
    return total


async def middle(depth, n):
    if depth == 0:
        return await bottom(n)
    r = await middle(depth - 1, n)
    return r + 1


async def top(n):
    try:
        return await middle(5, n)
    finally:
        print("top's finally")


def drive(coro, send=lambda tag: None, throw_at=None, close_at=None):
    tags = []
    value = None
    try:
        while True:
            if close_at is not None and len(tags) == close_at:
                coro.close()
                return tags, "closed"
            if throw_at is not None and len(tags) == throw_at:
                tag = coro.throw(LookupError("thrown at %d" % throw_at))
            else:
                tag = coro.send(value)
            tags.append(tag)
            value = send(tag)
    except StopIteration as e:
        return tags, ("returned", e.value)
    except Exception as e:
        return tags, ("raised", type(e).__name__, str(e))


print(drive(top(6)))
print(drive(top(6), send=lambda tag: 100 * tag[1])[1])
print(drive(top(6), throw_at=4))
print(drive(top(6), close_at=3))


# The running flags along a suspended chain while its bottom runs.
async def flags_bottom(seen):
    await pause("first")
    seen.append([c.cr_running for c in chain_objs])
    await pause("second")
    return "done"


async def flags_mid(seen, depth):
    if depth == 0:
        c = flags_bottom(seen)
    else:
        c = flags_mid(seen, depth - 1)
    chain_objs.append(c)
    return await c


chain_objs = []
seen = []
c0 = flags_mid(seen, 3)
chain_objs.insert(0, c0)
print(drive(c0), seen)
print([c.cr_running for c in chain_objs])


# Re-entering a coroutine of the chain while its bottom runs.
async def reenter_bottom():
    await pause("a")
    try:
        outer_coro.send(None)
    except ValueError as e:
        print("ValueError:", e)
    await pause("b")
    return 1


async def reenter_top():
    return await reenter_bottom()


outer_coro = reenter_top()
print(drive(outer_coro))


# Tracebacks and warnings from the bottom of a chain resumed several times.
async def failing(n):
    for i in range(n):
        await pause(i)
    warnings.warn("from the bottom", stacklevel=2)
    raise KeyError("at the bottom")


async def fmid(n):
    return await failing(n)


async def ftop(n):
    try:
        return await fmid(n)
    except KeyError:
        tb = traceback.extract_tb(sys.exc_info()[2])
        print([(f.name, f.lineno, f.line) for f in tb])
        raise


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(drive(ftop(3)))
    print([(str(x.message), x.lineno) for x in w])


# A generator chain with `yield from`: the same, for generators.
def gbottom(n):
    total = 0
    for i in range(n):
        got = yield i
        if i == 1:
            print("gbottom sees", callers())
        total += got or 0
    return total


def gmid(depth, n):
    if depth == 0:
        r = yield from gbottom(n)
    else:
        r = yield from gmid(depth - 1, n)
    return r + 1


def gtop(n):
    try:
        r = yield from gmid(4, n)
        return r
    finally:
        print("gtop's finally")


print(drive(gtop(4), send=lambda v: v * 10))
print(drive(gtop(4), throw_at=2))
print(drive(gtop(4), close_at=2))


# Deep chains under asyncio, suspending many times at the bottom.
async def sleeper(n, log):
    try:
        for i in range(n):
            await asyncio.sleep(0)
        return n
    except asyncio.CancelledError:
        log.append("bottom cancelled")
        raise


async def level(depth, n, log):
    if depth == 0:
        return await sleeper(n, log)
    try:
        return 1 + await level(depth - 1, n, log)
    finally:
        if depth == 50:
            log.append("level 50 finally")


async def main():
    log = []
    print(await level(100, 30, log))
    t = asyncio.create_task(level(100, 1000, log))
    for _ in range(20):
        await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("cancelled")
    print(log)
    # Two chains interleaved, each suspending at its bottom.
    a, b = await asyncio.gather(level(30, 40, log), level(40, 30, log))
    print(a, b)
    # A chain past the recursion limit still raises RecursionError when it starts.
    try:
        await level(2000, 1, log)
    except RecursionError as e:
        print("RecursionError", type(e).__name__)


asyncio.run(main())
