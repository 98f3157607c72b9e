"""list.extend and += with every kind of argument: tuples, other lists, the list itself, list
subclasses, generators, dicts, strings; a list grown a few items at a time and cleared in a
loop; an iterator that watches the list grow; errors."""


class MyList(list):
    pass


class MyTuple(tuple):
    pass


log = []
lst = []
t = (1, 2, 3)
for i in range(20):
    lst.extend(t)
    lst.extend([i, -i])
    if i % 5 == 4:
        log.append((len(lst), sum(lst)))
        lst.clear()
print(log, lst)

a = [1, 2]
a.extend(a)
print(a)
a += a
print(a)
a.extend(a[:1])
print(a)

b = [0]
b.extend(MyList([7, 8]))
b.extend(MyTuple((9,)))
b.extend(x * x for x in range(4))
b.extend({"k": 1, "j": 2})
b.extend("hé")
b.extend(range(3))
b.extend(())
b.extend([])
print(b)

m = MyList([1])
m.extend((2, 3))
m += [4]
print(m, type(m).__name__)

# A generator over the list being extended sees it grow (so it stops on a condition).
grow = [1, 2, 3]


def upto(lst, n):
    for x in lst:
        if len(lst) > n:
            return
        yield x * 10


grow.extend(upto(grow, 8))
print(grow)

# Items that compare and hash by identity stay the same objects.
o1, o2 = object(), object()
objs = [o1]
objs.extend((o2, o1))
print(objs[0] is o1, objs[1] is o2, objs[2] is o1)

# Large extensions.
big = []
for k in range(5):
    big.extend(range(k * 1000))
print(len(big), big[-1], sum(big) % 997)

for bad in [5, None, 3.5]:
    try:
        [].extend(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    [].extend()
except TypeError as e:
    print("TypeError:", e)


def failing():
    yield 1
    raise ValueError("stop here")


partial = [0]
try:
    partial.extend(failing())
except ValueError as e:
    print("ValueError:", e, partial)
