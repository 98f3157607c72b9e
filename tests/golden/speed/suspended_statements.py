"""A small job scheduler whose generators and coroutines suspend inside every kind of compound
statement: if/elif/else, while with else, for with break and else, async for, try with
except/else/finally, with and async with, match with guards. Each is resumed many times, sent
values, thrown into and closed while suspended, so each statement's own future is made, kept
across suspensions and dropped in all the ways it can be."""

import asyncio
import contextlib


class Log:
    def __init__(self):
        self.lines = []

    def __call__(self, *parts):
        self.lines.append(" ".join(str(p) for p in parts))


log = Log()


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log("enter", self.name)
        return self

    def __exit__(self, kind, exc, tb):
        log("exit", self.name, kind.__name__ if kind else None)
        return kind is KeyError


class AsyncResource(Resource):
    async def __aenter__(self):
        await asyncio.sleep(0)
        return self.__enter__()

    async def __aexit__(self, kind, exc, tb):
        await asyncio.sleep(0)
        return self.__exit__(kind, exc, tb)


def worker(jobs):
    """Yields a step for each job; every compound statement suspends."""
    done = 0
    for job in jobs:
        if job == "skip":
            continue
        elif isinstance(job, int):
            n = 0
            while n < job:
                got = yield ("tick", job, n)
                if got == "stop":
                    break
                n += 1
            else:
                done += 1
        elif isinstance(job, tuple):
            match job:
                case ("pair", a, b) if a < b:
                    yield ("pair-ordered", a, b)
                case ("pair", a, b):
                    yield ("pair", b, a)
                case (tag, *rest):
                    yield (tag, len(rest))
        else:
            try:
                with Resource(job):
                    value = yield ("with", job)
                    if value == "fail":
                        raise KeyError(job)
                    if value == "boom":
                        raise ValueError(job)
            except ValueError as e:
                yield ("caught", str(e))
            else:
                yield ("clean", job)
            finally:
                log("finally", job)
    return done


def drive(gen, replies):
    out = []
    try:
        step = next(gen)
        while True:
            out.append(step)
            reply = replies.get(len(out))
            if isinstance(reply, BaseException):
                step = gen.throw(reply)
            else:
                step = gen.send(reply)
    except StopIteration as stop:
        out.append(("returned", stop.value))
    except Exception as e:
        out.append(("raised", type(e).__name__, str(e)))
    return out


jobs = [2, "skip", ("pair", 3, 1), ("pair", 1, 3), ("tag", 1, 2, 3), "alpha", 3, "beta", "gamma"]
print(drive(worker(jobs), {}))
print(drive(worker(jobs), {2: "stop", 6: "fail", 9: "boom"}))
print(drive(worker(jobs), {3: ValueError("thrown in")}))
print(drive(worker(jobs), {6: RuntimeError("escapes")}))

# Closed while suspended in each kind of statement.
for stop_at in range(1, 10):
    g = worker(jobs)
    for _ in range(stop_at):
        try:
            next(g)
        except StopIteration:
            break
    g.close()
    log("closed after", stop_at)

# Dropped while suspended (the finally blocks and __exit__ run when it goes away).
g = worker(["delta"])
next(g)
del g


def tree(depth):
    """Nested `yield from` generators and iterators."""
    if depth == 0:
        yield from [depth, -depth]
        return "leaf"
    got = yield from tree(depth - 1)
    yield (depth, got)
    yield from range(depth)
    return "node%d" % depth


print(list(tree(3)))


def echo():
    total = 0
    while True:
        try:
            x = yield total
        except KeyError:
            total = -1
            continue
        if x is None:
            return total
        total += x


def relay():
    result = yield from echo()
    yield ("relay got", result)


r = relay()
print(next(r), r.send(5), r.send(6), r.throw(KeyError()), r.send(2), r.send(None))


class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        self.i = 0
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def consumer(name, n):
    total = 0
    async for t in Ticker(n):
        if t % 2:
            await asyncio.sleep(0)
            total += t
        else:
            try:
                async with AsyncResource(name + str(t)):
                    await asyncio.sleep(0)
                    if t == 4:
                        raise KeyError(t)
                    total += 10 * t
            finally:
                total += 100
        match t:
            case 1:
                await asyncio.sleep(0)
            case _ if t > 4:
                await asyncio.sleep(0)
                total += 1000
    else:
        log("consumer done", name)
    k = 0
    while k < 3:
        await asyncio.sleep(0)
        k += 1
    return total


async def main():
    results = await asyncio.gather(*(consumer("c%d" % i, i + 3) for i in range(4)))
    print(results)
    t = asyncio.create_task(consumer("cancelled", 10))
    for _ in range(7):
        await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled")


asyncio.run(main())


@contextlib.contextmanager
def section(name):
    log("open", name)
    try:
        yield name.upper()
    except ZeroDivisionError:
        log("absorbed", name)
    finally:
        log("close", name)


with section("a") as s:
    print(s)
with section("b"):
    1 / 0
print("\n".join(log.lines))
