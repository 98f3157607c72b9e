# Resuming generators by next/send/throw/close, directly and through `yield from`
# chains: values, return values, exceptions, `finally` blocks of suspended generators,
# gi_frame/gi_running/gi_yieldfrom along the way.
import sys


def counter(n):
    total = 0
    try:
        for i in range(n):
            got = yield i
            if got is not None:
                total += got
    finally:
        print("counter finally, total", total)
    return total


g = counter(5)
print(next(g), g.send(10), g.send(20), next(g))
try:
    while True:
        next(g)
except StopIteration as e:
    print("returned", e.value)

# gi_running is True only while the body runs; gi_frame is None once it has finished.
def watch():
    me = yield
    print("inside: running", me.gi_running, "frame is set", me.gi_frame is not None)
    yield "after"


w = watch()
print("before start: running", w.gi_running, "frame", w.gi_frame is not None)
next(w)
print(w.send(w))
print("suspended: running", w.gi_running, "lineno", w.gi_frame.f_lineno)
w.close()
print("closed: frame", w.gi_frame, "running", w.gi_running)

# Re-entering a running generator.
def reenter():
    yield next(me)


me = reenter()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

# close() while suspended inside try/finally, nested; the finally may yield (error).
def nested_finally(log):
    try:
        try:
            yield 1
            yield 2
        finally:
            log.append("inner")
    finally:
        log.append("outer")


log = []
g = nested_finally(log)
next(g)
g.close()
print("closed nested:", log)

def yields_in_finally():
    try:
        yield 1
    finally:
        yield "bad"


g = yields_in_finally()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("saw GeneratorExit")
        raise
    finally:
        print("finally after exit")


g = catches_exit()
next(g)
g.close()
print("close again is fine:", g.close())

# throw(): caught and yields again, caught and returns, or goes through.
def catcher():
    while True:
        try:
            yield "waiting"
        except KeyError as e:
            print("caught", repr(e))
            if e.args == ("stop",):
                return "stopped"


g = catcher()
next(g)
print(g.throw(KeyError("a")))
try:
    g.throw(KeyError("stop"))
except StopIteration as e:
    print("throw ended it:", e.value)
try:
    g.throw(ValueError("after end"))
except ValueError as e:
    print("thrown into finished:", e)

# A chain of generators delegating with `yield from`: sends go to the bottom, return
# values come back up, exceptions come up through every level.
def bottom(tag):
    got = []
    try:
        while True:
            x = yield f"{tag}:{len(got)}"
            if x == "boom":
                raise ArithmeticError(f"boom at {tag}")
            if x == "done":
                return got
            got.append(x)
    finally:
        print("bottom finally", tag)


def middle(depth):
    if depth == 0:
        r = yield from bottom("b")
    else:
        r = yield from middle(depth - 1)
    return [depth] + r if isinstance(r, list) else r


top = middle(4)
print(next(top), top.send("x"), top.send("y"))
print("top yieldfrom is gen:", type(top.gi_yieldfrom).__name__, top.gi_running)
try:
    top.send("done")
except StopIteration as e:
    print("chain returned", e.value)

top = middle(3)
next(top)
top.send(1)
try:
    top.send("boom")
except ArithmeticError as e:
    print("through the chain:", e)
print("after error: frame", top.gi_frame)

top = middle(3)
next(top)
try:
    top.throw(TypeError("from the top"))
except TypeError as e:
    print("thrown down and back:", e)

top = middle(5)
next(top)
top.send(7)
top.close()
print("chain closed, frame", top.gi_frame)

# The innermost generator's callers are the delegating ones.
def who():
    yield sys._getframe(1).f_code.co_name, sys._getframe(2).f_code.co_name


def via():
    yield from who()


def outer_via():
    yield from via()


print(next(outer_via()))

# StopIteration raised inside a generator becomes RuntimeError.
def leaks():
    yield 1
    raise StopIteration("leaked")


g = leaks()
next(g)
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "cause", repr(e.__cause__))

# A generator dropped while suspended runs its finally.
def dropped():
    try:
        yield 1
    finally:
        print("dropped generator's finally")


d = dropped()
next(d)
del d
print("after del")

# Many resumes: the sum of what is sent.
def acc():
    s = 0
    while True:
        v = yield s
        if v is None:
            return s
        s += v


a = acc()
next(a)
for i in range(1000):
    a.send(i)
try:
    next(a)
except StopIteration as e:
    print("accumulated", e.value)

# Generator expressions consumed by builtins.
print(sum(x * x for x in range(100)), any(x > 98 for x in range(100)),
      all(x < 50 for x in range(100)), ",".join(str(x) for x in range(5)),
      list(x for x in "abc"), max((x % 7 for x in range(30)), default=None))
ge = (1 / x for x in (1, 0))
print(next(ge))
try:
    next(ge)
except ZeroDivisionError as e:
    print("genexpr raised:", e)
print(list(ge))

# gi_yieldfrom of a generator delegating to another, level by level.
def inner_level():
    yield "deep"


def outer_level():
    yield from inner_level()


o = outer_level()
print("not started:", o.gi_yieldfrom)
next(o)
print("delegating to:", o.gi_yieldfrom.__name__, o.gi_yieldfrom.gi_running)
