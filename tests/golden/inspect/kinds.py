# The kind tests on functions, coroutines, generators and classes.
import asyncio
import inspect


def plain():
    return 1


async def coro_fn():
    await asyncio.sleep(0)


def gen_fn():
    yield 1


async def agen_fn():
    yield 1


class Service:
    def method(self):
        pass

    async def amethod(self):
        pass


s = Service()
objs = {
    "plain": plain, "coro_fn": coro_fn, "gen_fn": gen_fn, "agen_fn": agen_fn,
    "lambda": lambda: 0, "Service": Service, "s.method": s.method,
    "s.amethod": s.amethod, "len": len, "s": s, "42": 42,
}
tests = ["isfunction", "iscoroutinefunction", "isgeneratorfunction", "isasyncgenfunction",
         "isclass", "ismethod", "isbuiltin", "isroutine"]
for name, obj in objs.items():
    print(f"{name:10}", [t for t in tests if getattr(inspect, t)(obj)])
