# slice objects: made by slice(), given to user special methods, accepted by builtin sequences.


class Recorder:
    def __init__(self):
        self.data = list(range(10))

    def __getitem__(self, key):
        print("get", repr(key))
        if isinstance(key, slice):
            return self.data[key]
        if isinstance(key, tuple):
            return [self[k] for k in key]
        return self.data[key]

    def __setitem__(self, key, value):
        print("set", repr(key), value)
        self.data[key] = value

    def __delitem__(self, key):
        print("del", repr(key))
        del self.data[key]


r = Recorder()
print(r[1:3])
print(r[::2])
print(r[:])
print(r[::-3])
print(r[1:2, 3])
print(r[5])
r[0:2] = ["a", "b", "c"]
print(r.data)
r[::3] = [0, 0, 0, 0]
print(r.data)
del r[1:3]
print(r.data)
del r[::2]
print(r.data)

s = slice(3)
print(s, s.start, s.stop, s.step)
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step)
print(slice("a", [1], None))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) != (1, 2, None))
print(slice(1, 2) < slice(1, 3), slice(2) > slice(1))
print(type(s), type(s).__name__, isinstance(s, slice))
print(slice(None, None, -1).indices(5))
print(slice(-100, 100).indices(10))
print(slice(2, -2, 3).indices(10))
print(slice(10, 0, -2).indices(4))
print(slice(None).indices(0))

# builtin sequences with slice objects
print([1, 2, 3][slice(1, None)])
print("hello"[slice(None, None, -1)])
print((1, 2, 3, 4)[slice(0, 4, 2)])
print(b"abcdef"[slice(1, 4)])
print(range(10)[slice(2, 8, 3)], list(range(10)[2:8:3]))
print(range(10)[::-1], range(0, 20, 2)[1:5], range(5)[10:20])
print(range(10, 0, -3)[1:], list(range(10, 0, -3)[1:]))
xs = [0, 1, 2, 3, 4, 5]
xs[slice(1, 3)] = "xyz"
print(xs)
del xs[slice(None, None, 2)]
print(xs)
xs = [0, 1, 2, 3]
sl = slice(0, 2)
xs[sl] = []
print(xs)


# list and dict subclasses with a user __getitem__ receive the slice
class L(list):
    def __getitem__(self, key):
        print("L get", key)
        return super().__getitem__(key)


class D(dict):
    def __getitem__(self, key):
        return ("D", key)


lst = L([1, 2, 3, 4])
print(lst[1:3], lst[-1])
print(D()[1:2], D()[::])


class Plain(list):
    pass


p = Plain([5, 6, 7, 8])
print(p[1:], p[slice(2)])
p[1:3] = [0]
print(p)
del p[:1]
print(p)


# bad input
def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok", r)


attempt(lambda: slice())
attempt(lambda: slice(1, 2, 3, 4))
attempt(lambda: slice(1, stop=2))
attempt(lambda: hash(slice(1)))
attempt(lambda: {slice(1): 2})
attempt(lambda: {}[1:2])
attempt(lambda: slice(1, 2, 0).indices(5))
attempt(lambda: slice(1, 2).indices(-1))
attempt(lambda: slice(1, 2).indices("x"))
attempt(lambda: slice("a", 2).indices(3))
attempt(lambda: [1, 2][slice("a")])
attempt(lambda: [1, 2][::0])
tup, five = (1, 2), 5
attempt(lambda: tup[1:2, 3])
attempt(lambda: slice(1) < 3)
attempt(lambda: five[1:2])
attempt(lambda: object()[1:])


def set_tuple():
    t = (1, 2)
    t[0:1] = [3]


def del_str():
    s = "ab"
    del s[0:1]


def ext_assign():
    xs = [1, 2, 3, 4]
    xs[::2] = [1]


attempt(set_tuple)
attempt(del_str)
attempt(ext_assign)
attempt(lambda: Plain()[1:2, 3])
