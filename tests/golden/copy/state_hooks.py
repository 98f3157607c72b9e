# __getstate__/__setstate__ and __reduce__ take part in copying.
import copy


class Cache:
    def __init__(self, name):
        self.name = name
        self.data = {"k": 1}
        self.conn = "socket"

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["conn"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.conn = "reopened"


c = copy.deepcopy(Cache("c"))
print(c.name, c.data, c.conn)
print(copy.copy(Cache("d")).conn)


class Pair:
    def __init__(self, a, b):
        print("init", a, b)
        self.a, self.b = a, b

    def __reduce__(self):
        return (Pair, (self.a, self.b))


p = copy.deepcopy(Pair([1], 2))
print(p.a, p.b)


class Versioned:
    def __init__(self):
        self.v = 1

    def __reduce_ex__(self, protocol):
        print("protocol", protocol)
        return (Versioned, ())


print(copy.copy(Versioned()).v)
