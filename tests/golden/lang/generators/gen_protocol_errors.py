"""Generators driven by for loops, next(), send(), throw() and close(), and their errors:
StopIteration inside a generator, a generator that is already running, sends to a fresh one,
exceptions thrown into one suspended inside a try, values of `yield` expressions."""


def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            i = got
        else:
            i += 1
    return "done"


g = counter(5)
print(next(g), g.send(3), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(next(g, "default"))
print(list(counter(4)), sum(counter(10)), max(x * x for x in counter(6)))

# A StopIteration raised inside a generator becomes a RuntimeError.
def leaks():
    yield 1
    next(iter([]))


try:
    list(leaks())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)

# A generator expression that raises StopIteration inside its element.
try:
    list(next(iter([])) for _ in range(2))
except RuntimeError as e:
    print("RuntimeError", e)

# Sending to a generator that has not started.
g = counter(2)
try:
    g.send(1)
except TypeError as e:
    print("TypeError", e)
print(g.send(None))

# throw() into a generator suspended in a try, and one that does not handle it.
def guarded():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            yield f"handled {e}"


g = guarded()
next(g)
print(g.throw(ValueError("one")))
print(next(g))
print(g.throw(ValueError, "two"))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
print(next(g, "finished"))

# throw() into a fresh generator raises at once, without running its body.
g = guarded()
try:
    g.throw(IndexError("early"))
except IndexError as e:
    print("IndexError", e)
print(next(g, "finished"))

# close() runs finally blocks; a generator that yields in its finally is an error.
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


g = with_finally()
next(g)
g.close()
g.close()
print(next(g, "closed"))


def stubborn():
    try:
        yield 1
    finally:
        yield 2


g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)

# A generator that calls next() on itself.
def selfish():
    yield next(me)


me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)

# Nested generator expressions and a generator expression over a generator.
pairs = ((a, b) for a in counter(3) for b in "ab" if a != 1)
print(list(pairs))
print(list(x + 1 for x in (y * 2 for y in counter(4))))
squares = (x * x for x in range(5))
print(next(squares), next(squares), list(squares), list(squares))

# A for loop over a generator that raises after some items: the last line of stderr.
def fails_after(n):
    yield from range(n)
    raise LookupError(f"after {n}")


total = 0
for x in fails_after(3):
    total += x
print(total)
