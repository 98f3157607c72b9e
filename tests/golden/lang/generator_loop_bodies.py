"""Generators whose `yield` sits in the body of a `while` or `for` loop: break, continue,
return and else, nested loops, try/finally around the yield, values sent in, an error
raised from the body (with its traceback line), and a swap inside the loop."""

import sys
import traceback


def countdown(n):
    while n > 0:
        yield n
        n -= 1
        if n == 2:
            continue
    else:
        yield "liftoff"


def pairs(rows):
    for i, row in enumerate(rows):
        if not row:
            continue
        for x in row:
            if x < 0:
                break
            yield i, x
        else:
            yield i, "full"
        if row == [0]:
            return "early"
    return "done"


def fib(limit):
    a, b = 0, 1
    while a < limit:
        yield a
        a, b = b, a + b


def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total


def guarded(items):
    for x in items:
        try:
            yield x
        finally:
            print("  cleanup", x)


def lines():
    k = 0
    while k < 2:
        yield sys._getframe().f_lineno
        k += 1


def failing(xs):
    for x in xs:
        yield 10 // x


print(list(countdown(4)))
g = pairs([[1, 2], [], [3, -1, 4], [0], [9]])
out = []
try:
    while True:
        out.append(next(g))
except StopIteration as e:
    out.append(("returned", e.value))
print(out)
print(list(fib(100)))

acc = accumulate()
next(acc)
for v in (5, 10, 20):
    print("running total", acc.send(v))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)

gg = guarded(["a", "b", "c"])
print(next(gg))
print(next(gg))
gg.close()
print("closed")
print(list(lines()))

try:
    for v in failing([5, 2, 0, 1]):
        print("got", v)
except ZeroDivisionError:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print([(f.name, f.line) for f in tb])
