# Private names are mangled in every function, lambda, comprehension and nested class of a
# class body, whatever kind of name they are.
__limit = "module-level __limit"
_Counter__limit = "module-level _Counter__limit"


class Counter:
    __step = 2

    def __init__(self):
        self.__count = 0

    def bump(self):
        def inner():
            self.__count += self.__step
            return self.__count

        inner()
        return inner()

    def scaled(self, values):
        return [v * self.__step for v in values]

    def by_key(self, values):
        return {v: self.__step for v in values}, {self.__step + v for v in values}

    def lazy(self):
        return list(v + self.__count for v in range(2))

    def getter(self):
        return lambda: self.__count

    def limit(self):
        # A plain name is mangled too: it reads the module's `_Counter__limit`.
        return __limit

    def set_global(self):
        global __made
        __made = "made by a method"

    def walrus(self):
        if (__n := self.__count) > 1:
            return __n
        return None

    def unpack(self):
        __a, *__rest = [1, 2, 3]
        return locals()

    def __private_method(self):
        return "private method"

    def call_private(self):
        return self.__private_method()

    class __Inner:
        __tag = "inner"

        def tag(self):
            return self.__tag

    def inner_tag(self):
        return self.__Inner().tag()


c = Counter()
print(c.bump())
print(c.scaled([1, 2, 3]))
print(c.by_key([1, 2]))
print(c.lazy())
print(c.getter()())
print(c.limit())
c.set_global()
print(_Counter__made)
print("__made" in globals())
print(c.walrus())
print(sorted(c.unpack()))
print(c.call_private())
print(Counter._Counter__private_method.__name__, Counter._Counter__private_method.__qualname__)
print(c.inner_tag())
print(Counter._Counter__Inner.__name__, Counter._Counter__Inner.__qualname__)
print(sorted(k for k in vars(Counter._Counter__Inner) if "tag" in k))
print(sorted(k for k in vars(Counter) if not k.startswith("__")))
