# Methods of dict, str, Future, Task and generators called with the wrong arguments.
import asyncio

def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: ok {r!r}")

d = {"a": 1, "b": 2}
attempt("d.get()", d.get)
attempt("d.get(k, x, y)", d.get, "a", 1, 2)
attempt("d.get(key=)", d.get, key="a")
attempt("d.keys(1)", d.keys, 1)
attempt("d.values(x=)", d.values, x=1)
attempt("d.items(1, 2)", d.items, 1, 2)
attempt("d.setdefault()", d.setdefault)
attempt("d.setdefault('c', 3)", d.setdefault, "c", 3)
attempt("d.pop()", d.pop)
attempt("d.pop('zz')", d.pop, "zz")
attempt("d.pop('zz', 0)", d.pop, "zz", 0)
attempt("d.pop(1, 2, 3)", d.pop, 1, 2, 3)
attempt("d.popitem(1)", d.popitem, 1)
attempt("d.update({}, {})", d.update, {}, {})
attempt("d.update(x=9)", d.update, x=9)
attempt("d.copy(1)", d.copy, 1)
attempt("d.clear(1)", d.clear, 1)
attempt("dict.fromkeys()", dict.fromkeys)
attempt("dict.fromkeys(a, b, c)", dict.fromkeys, "ab", 1, 2)
attempt("dict.fromkeys(iterable=)", dict.fromkeys, iterable="ab")
attempt("dict.fromkeys('ab', 0)", dict.fromkeys, "ab", 0)
attempt("dict.get(5, 1)", dict.get, 5, 1)
attempt("dict.keys()", dict.keys)
attempt("dict.clear([])", dict.clear, [])
class MyDict(dict):
    pass
md = MyDict(x=1)
attempt("MyDict.get", dict.get, md, "x")
attempt("MyDict.keys", dict.keys, md)
attempt("MyDict.fromkeys", MyDict.fromkeys, "pq", 7)
print(sorted(d))
print(d)

s = "Hello"
attempt("s.upper(1)", s.upper, 1)
attempt("s.lower(x=)", s.lower, x=1)
attempt("s.join()", s.join)
attempt("s.join(a, b)", s.join, "a", "b")
attempt("s.join([1])", s.join, [1])
attempt("s.zfill()", s.zfill)
attempt("s.zfill('3')", s.zfill, "3")
attempt("s.format_map()", s.format_map)
attempt("s.__format__()", s.__format__)
attempt("s.__format__(1)", s.__format__, 1)
attempt("s.isdigit(1)", s.isdigit, 1)
attempt("s.title(1)", s.title, 1)
attempt("s.swapcase(x=)", s.swapcase, x=1)
attempt("s.startswith()", s.startswith)
attempt("s.endswith(1)", s.endswith, 1)
attempt("s.count()", s.count)
attempt("s.index()", s.index)
attempt("str.upper(5)", str.upper, 5)
attempt("str.join(5, [])", str.join, 5, [])
attempt("s.removeprefix()", s.removeprefix)
attempt("s.removesuffix(1)", s.removesuffix, 1)
attempt("s.partition()", s.partition)
attempt("s.rpartition(1)", s.rpartition, 1)
attempt("s.casefold(1)", s.casefold, 1)
attempt("s.isidentifier(1)", s.isidentifier, 1)
attempt("s.expandtabs(1, 2)", s.expandtabs, 1, 2)
attempt("s.center()", s.center)
attempt("s.ljust(5, 'ab')", s.ljust, 5, "ab")

def gen():
    yield 1
    yield 2
g = gen()
attempt("g.send()", g.send)
attempt("g.send(1, 2)", g.send, 1, 2)
attempt("g.throw()", g.throw)
attempt("g.throw(a, b, c, d)", g.throw, ValueError, 1, 2, 3)
attempt("g.close(1)", g.close, 1)
attempt("g.send(x=)", g.send, x=1)

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    attempt("fut.result(1)", fut.result, 1)
    attempt("fut.done(1)", fut.done, 1)
    attempt("fut.cancelled(x=)", fut.cancelled, x=1)
    attempt("fut.cancel(1, 2)", fut.cancel, 1, 2)
    attempt("fut.cancel(x=1)", fut.cancel, x=1)
    attempt("fut.cancel(msg='bye')", fut.cancel, msg="bye")
    attempt("fut.cancelled()", fut.cancelled)
    async def work():
        await asyncio.sleep(0)
        return 5
    t = asyncio.ensure_future(work())
    attempt("t.get_name(1)", t.get_name, 1)
    attempt("t.result(1)", t.result, 1)
    attempt("t.done(2)", t.done, 2)
    print(await t)
    attempt("t.result()", t.result)
    attempt("t.cancel(msg=1, x=2)", t.cancel, msg=1, x=2)

asyncio.run(main())
