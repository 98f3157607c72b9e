"""`yield from` passing sends, throws and closes on to the generator it delegates to, at every
depth, and what it evaluates to."""


def leaf(tag):
    got = []
    try:
        while True:
            x = yield f"{tag}:{len(got)}"
            if x == "stop":
                return (tag, got)
            got.append(x)
    except KeyError as e:
        yield f"{tag} caught {e!r}"
        return "after-catch"
    finally:
        print("leaf", tag, "finally")


def middle(depth):
    if depth == 0:
        r = yield from leaf("L")
    else:
        r = yield from middle(depth - 1)
    print("middle", depth, "got", r)
    return r


# Sends pass down five levels; the return value comes back up.
g = middle(4)
print(next(g))
print(g.send("a"))
print(g.send("b"))
try:
    g.send("stop")
except StopIteration as e:
    print("StopIteration", e.value)

# A throw reaches the innermost generator, which handles it and yields.
g = middle(3)
next(g)
print(g.throw(KeyError("k")))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

# A throw that the innermost does not handle comes out of every level.
g = middle(2)
next(g)
try:
    g.throw(ZeroDivisionError("z"))
except ZeroDivisionError as e:
    print("out:", repr(e))
print(next(g, "exhausted"))

# close() closes the whole chain, innermost first.
g = middle(2)
next(g)
g.close()
print("closed")


# `yield from` an object whose __iter__ is a generator delegates to that generator.
class Box:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        total = 0
        for x in self.items:
            sent = yield x
            if sent is not None:
                total += sent
        return total


def takes_box():
    r = yield from Box([1, 2, 3])
    yield ("returned", r)


g = takes_box()
print(next(g), g.send(10), g.send(20), g.send(30))


# A StopIteration raised inside the delegate is a RuntimeError, at every level.
def raises_stop():
    yield 1
    raise StopIteration("inner")


def wraps():
    yield from raises_stop()


g = wraps()
next(g)
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError", e, "cause", repr(e.__cause__))


# An exception raised by the delegate after some sends propagates with the delegating frames.
def fails():
    x = yield 1
    return 1 / x


def delegating():
    try:
        yield from fails()
    except ZeroDivisionError as e:
        print("delegating caught", e)
        yield "recovered"


g = delegating()
next(g)
print(g.send(0))

# The delegating generator counts as running while its delegate runs.
def reenters():
    yield 1
    next(outer_gen)


def outer():
    yield from reenters()


outer_gen = outer()
next(outer_gen)
try:
    next(outer_gen)
except ValueError as e:
    print("ValueError", e)


# A generator that ignores GeneratorExit under a delegating one.
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


def over_stubborn():
    yield from stubborn()


g = over_stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)

# Sending a non-None value to a just-started generator, through a delegation.
def fresh():
    yield from iter([1, 2])


g = fresh()
try:
    g.send(5)
except TypeError as e:
    print("TypeError", e)
print(list(fresh()))

# A delegate that returns at once, and one that is empty.
def empty():
    return "nothing"
    yield


def uses_empty():
    r = yield from empty()
    yield r


print(list(uses_empty()))

# A traceback through the delegation chain (the last line of stderr).
def bottom():
    yield 1
    {}["missing"]


def top():
    yield from bottom()


for x in top():
    print("item", x)
