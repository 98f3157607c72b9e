# isinstance() believes an object's `__class__` when its class defines one (a proxy standing
# in for another class), as well as its real type; issubclass and type() do not.
class Account:
    pass


class Proxy:
    def __init__(self, target):
        self._target = target

    @property
    def __class__(self):
        return type(self._target)


class Lazy:
    __class__ = Account


class Odd:
    @property
    def __class__(self):
        return "not a class"


p = Proxy(Account())
print(isinstance(p, Account), isinstance(p, Proxy), isinstance(p, (int, Account)))
print(type(p).__name__, p.__class__.__name__, issubclass(Proxy, Account))
print(isinstance(Lazy(), Account), isinstance(Lazy(), Lazy), isinstance(Odd(), Odd))
print(isinstance(Odd(), str), isinstance(Proxy(3), int), isinstance(Proxy(3), bool))
