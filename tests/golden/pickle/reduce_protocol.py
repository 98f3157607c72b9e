# __reduce__, __reduce_ex__, __getnewargs__, __getnewargs_ex__ and a state setter.
import pickle


class Money:
    def __init__(self, amount, currency):
        self.amount = amount
        self.currency = currency

    def __reduce__(self):
        return (Money, (self.amount, self.currency))

    def __repr__(self):
        return f"Money({self.amount}, {self.currency!r})"


class Versioned:
    def __reduce_ex__(self, proto):
        return (Versioned, (), {"made_with": proto})


class Fixed:
    def __new__(cls, n):
        self = object.__new__(cls)
        self.n = n
        return self

    def __getnewargs__(self):
        return (self.n,)


class KeywordOnly:
    def __new__(cls, *, size=0):
        self = object.__new__(cls)
        self.size = size
        return self

    def __getnewargs_ex__(self):
        return ((), {"size": self.size})


def restore(obj, state):
    obj.restored = state


class WithSetter:
    def __reduce__(self):
        return (WithSetter, (), {"x": 1}, None, None, restore)


for proto in range(6):
    print(proto, pickle.dumps(Money(5, "EUR"), proto), pickle.loads(pickle.dumps(Money(5, "EUR"), proto)))
    v = pickle.loads(pickle.dumps(Versioned(), proto))
    print(proto, v.made_with)
    f = pickle.loads(pickle.dumps(Fixed(9), proto))
    print(proto, pickle.dumps(Fixed(9), proto), f.n)
    k = pickle.loads(pickle.dumps(KeywordOnly(size=4), proto))
    print(proto, pickle.dumps(KeywordOnly(size=4), proto), k.size)
    w = pickle.loads(pickle.dumps(WithSetter(), proto))
    print(proto, pickle.dumps(WithSetter(), proto), w.restored)
