import weakref


class Obj:
    def __init__(self):
        self.value = 5
        self.items = [1, 2, 3]

    def method(self):
        return self.value * 2

    def __len__(self):
        return 3

    def __getitem__(self, i):
        return self.items[i]


o = Obj()
p = weakref.proxy(o)
print(p.value, p.method(), len(p), p[1], 2 in p, list(p))
print(type(p).__name__, weakref.getweakrefcount(o), p == o)
p.value = 6
print(o.value, p.value)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)


def double(x):
    return x * 2


cp = weakref.proxy(double)
print(cp(21), type(cp).__name__, isinstance(p, weakref.ProxyTypes))
calls = []
p2 = weakref.proxy(o, lambda r: calls.append("callback"))
del o
print(calls)
for action in (lambda: p.value, lambda: p2.method(), lambda: len(p)):
    try:
        action()
    except ReferenceError as e:
        print("ReferenceError:", e)
print(repr(p).startswith("<weakproxy at 0x") and " to NoneType at 0x" in repr(p))
