"""A small settings/record library: functions called with keywords, defaults, *args and
**kwargs, keyword-only and positional-only parameters, and every way such a call can be
wrong; generators built on `while True`/`while 1` loops."""


def make_record(name, kind="plain", *tags, size=0, owner=None, **extra):
    return (name, kind, tags, size, owner, sorted(extra.items()))


def scale(x, /, factor=2, *, offset=0):
    return x * factor + offset


def total(*values):
    return sum(values)


def options(**kw):
    return ", ".join(f"{k}={v!r}" for k, v in kw.items())


def pair(a, b=10):
    return a + b


def needs(a, b, *, c, d=4):
    return a, b, c, d


def report(call, *args, **kwargs):
    try:
        print(call.__name__, "->", call(*args, **kwargs))
    except TypeError as e:
        print(call.__name__, "!!", e)


# Keywords, defaults and the rest, in many combinations.
print(make_record("a"))
print(make_record("a", "b"))
print(make_record("a", "b", "t1", "t2"))
print(make_record("a", size=3))
print(make_record(name="a", kind="k"))
print(make_record("a", owner="me", colour="red", weight=5))
print(make_record(kind="z", name="y", size=1, owner=[1], zz=0, aa=1))
print(scale(3), scale(3, 5), scale(3, factor=4), scale(3, offset=1), scale(3, 2, offset=7))
print(total(), total(1), total(1, 2, 3), total(*range(10)))
print(options(), "|", options(a=1), "|", options(b=2, a=1, c="x"))
print(pair(1), pair(1, 2), pair(a=5), pair(b=1, a=2), pair(1, b=3))
print(needs(1, 2, c=3), needs(1, b=2, c=3, d=5), needs(c=0, b=1, a=2))

# The same calls made often, so that any per-call cache is exercised.
acc = 0
for i in range(2000):
    acc += pair(i, b=i) + pair(a=i) + scale(i, factor=3) + total(i, i, i)
    acc += len(options(a=i, b=i)) + needs(i, i, c=i)[2]
print(acc)

# Every way a call can be wrong.
report(pair)
report(pair, 1, 2, 3)
report(pair, 1, a=2)
report(pair, 1, c=2)
report(pair, b=2)
report(scale, x=3)
report(scale, 1, 2, 3)
report(scale, 1, 2, 3, offset=1)
report(needs, 1, 2)
report(needs, 1)
report(needs, 1, 2, 3, c=4)
report(needs, 1, 2, c=3, e=5)
report(make_record)
report(make_record, "a", name="b")
report(total, x=1)
report(options, 1)
report(options, 1, 2)


def kwonly_defaults(*, a=1, b, c=3):
    return a, b, c


report(kwonly_defaults, b=2)
report(kwonly_defaults, a=5, b=6, c=7)
report(kwonly_defaults)
report(kwonly_defaults, 1, b=2)

# Defaults changed after the function was made are used by later calls.
pair.__defaults__ = (100,)
print(pair(1), pair(1, b=2))
pair.__defaults__ = None
report(pair, 1)
needs.__kwdefaults__ = {"c": 9}
report(needs, 1, 2)
needs.__kwdefaults__ = None
report(needs, 1, 2)

# Mutable defaults are shared between calls, as Python has it.


def append_to(x, into=[]):
    into.append(x)
    return into


print(append_to(1), append_to(2), append_to(3, []), append_to(4))


# Generators whose loops have constant tests.
def counter(start):
    n = start
    while True:
        n += 1
        sent = yield n
        if sent is not None:
            n = sent


def ones():
    while 1:
        yield 1


def never():
    while 0:
        yield "never"
    else:
        yield "else of a false loop"
    while False:
        yield "never"
    yield "done"


def stopper(limit):
    k = 0
    while True:
        if k >= limit:
            return k
        yield k
        k += 1


c = counter(10)
print(next(c), next(c), c.send(100), next(c))
o = ones()
print(sum(next(o) for _ in range(50)))
print(list(never()))
print(list(stopper(5)))
s = stopper(2)
print(next(s), next(s))
try:
    next(s)
except StopIteration as e:
    print("returned", e.value)


def keyword_generator(a, b=2, *rest, scale=1, **named):
    while True:
        yield (a + b + sum(rest)) * scale, sorted(named)
        a += 1
        if a > 3:
            return


print(list(keyword_generator(1)))
print(list(keyword_generator(1, scale=10, x=1)))
print(list(keyword_generator(b=0, a=2)))
report(keyword_generator, 1, a=1)
report(keyword_generator)
