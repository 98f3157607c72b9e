# What a coroutine driven by hand says when it is used wrongly or reused.
async def f():
    return 1
c = f()
for attempt in [lambda: c.send(1), lambda: next(c), lambda: iter(c), lambda: c.send(), lambda: c.throw(),
                lambda: c.throw(ValueError("x"), 1)]:
    try:
        attempt()
    except Exception as e:
        print(type(e).__name__, e)
try:
    c.send(None)
except StopIteration as e:
    print("ret", e.value, e.args)
try:
    c.send(None)
except RuntimeError as e:
    print(e)
w = f().__await__()
try:
    w.send(None)
except StopIteration as e:
    print("w", e.value)
try:
    next(w)
except RuntimeError as e:
    print(e)
async def agen():
    yield 1
a = agen()
print(a.ag_running, a.ag_await)
def gen():
    yield 1
g = gen()
print(g.gi_running, g.gi_yieldfrom, g.gi_suspended)
list(g)
print(g.gi_frame, g.gi_suspended)
d = f()
d.close()
try:
    d.send(None)
except RuntimeError as e:
    print(e)
print(f().cr_origin)
