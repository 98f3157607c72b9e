# A coroutine's methods and attributes without asyncio: send until StopIteration, __await__() iterated, throw, close, cr_/gi_ attributes.
import types
class Sleep0:
    def __await__(self):
        yield

async def worker(name, n):
    for i in range(n):
        print(name, i)
        await Sleep0()
    return name.upper()

def run_all(coros):
    results = {}
    ready = list(coros)
    while ready:
        c = ready.pop(0)
        try:
            c.send(None)
        except StopIteration as e:
            results[c.__name__] = e.value
        else:
            ready.append(c)
    return results

print(run_all([worker("a", 2), worker("b", 3)]))
c = worker("x", 1)
print(c.cr_running, c.cr_await)
c.send(None)
print("await")
c.close()
print(c.cr_frame)
c2 = worker("y", 1)
it = c2.__await__()
print(type(it).__name__, next(it), )
try:
    next(it)
except StopIteration as e:
    print("stop", e.value)
c3 = worker("z", 1)
c3.send(None)
try:
    c3.throw(ValueError("boom"))
except ValueError as e:
    print("thrown", e)
def g():
    yield 1
gg = g()
print(gg.gi_running, gg.gi_suspended)
next(gg)
print(gg.gi_suspended)
gg.close()
print(gg.gi_frame)
