"""A reference cycle through each kind of container is freed by the collector: a marker in
each cycle reports when it goes."""

import asyncio
import collections
import functools
import gc
import weakref


class Marker:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  freed:", self.name)


def check(name, make):
    gc.collect()
    make(Marker(name))
    print(name, "collected something:", gc.collect() > 0)


def instance(m):
    class Box:
        pass

    a, b = Box(), Box()
    a.other, b.other, a.m = b, a, m


def list_(m):
    l = [m]
    l.append(l)


def dict_(m):
    d = {"m": m}
    d["self"] = d


def dict_keys(m):
    d = {"m": m}
    d["keys"] = d.keys()


def set_(m):
    class Box:
        pass

    b = Box()
    s = {b, m}
    b.s = s


def frozenset_(m):
    holder = [m]
    f = frozenset([tuple(holder), 1])
    holder.append(f)


def tuple_(m):
    inner = [m]
    t = (inner, 1)
    inner.append(t)


def class_(m):
    class C:
        pass

    C.me = C
    C.m = m


def function(m):
    def f():
        pass

    f.me = f
    f.m = m


def closure(m):
    def outer():
        held = m

        def inner():
            return inner, held

        return inner

    outer()


def bound_method(m):
    class Box:
        def method(self):
            pass

    b = Box()
    b.bound = b.method
    b.m = m


def generator(m):
    def gen(box):
        held = m
        yield box

    box = []
    g = gen(box)
    next(g)
    box.append(g)


def coroutine_not_started(m):
    async def coro(box):
        return box

    box = [m]
    box.append(coro(box))
    box[-1].close()


def exception(m):
    try:
        raise ValueError(m)
    except ValueError as e:
        err = e
    err.args[0].err = err


def exception_context(m):
    try:
        try:
            raise KeyError("inner")
        except KeyError:
            raise ValueError(m)
    except ValueError as e:
        e.__context__.outer = e


def deque_(m):
    d = collections.deque([m])
    d.append(d)


def partial_(m):
    box = [m]
    p = functools.partial(print, box)
    box.append(p)


def lru_cache_(m):
    @functools.lru_cache(maxsize=None)
    def f(x):
        return [m, f]

    f(1)


def iterator(m):
    l = [m]
    l.append(iter(l))


def map_object(m):
    l = [m]
    l.append(map(str, l))


def staticmethod_(m):
    def f():
        pass

    s = staticmethod(f)
    f.s = s
    f.m = m


def property_(m):
    def getter(self):
        return 1

    p = property(getter)
    getter.p = p
    getter.m = m


def super_(m):
    class Base:
        pass

    class Derived(Base):
        pass

    d = Derived()
    d.s = super(Derived, d)
    d.m = m


def future(m):
    loop = asyncio.new_event_loop()
    f = loop.create_future()
    f.set_result([m, f])
    loop.close()


def future_callback(m):
    loop = asyncio.new_event_loop()
    f = loop.create_future()
    f.add_done_callback(lambda fut, f=f, m=m: None)
    loop.close()


def task_result(m):
    async def job(box):
        await asyncio.sleep(0)
        return box

    async def main():
        box = [m]
        t = asyncio.create_task(job(box))
        box.append(t)
        await t

    asyncio.run(main())


for make in [
    instance, list_, dict_, dict_keys, set_, frozenset_, tuple_, class_, function, closure,
    bound_method, generator, coroutine_not_started, exception, exception_context, deque_,
    partial_, lru_cache_, iterator, map_object, staticmethod_, property_, super_, future,
    future_callback, task_result,
]:
    check(make.__name__, make)
print("end")
