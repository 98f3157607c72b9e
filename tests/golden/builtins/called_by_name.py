"""Builtins called by name with positional arguments: results, arguments that own objects
(freed after the call), the errors, a builtin shadowed by a global and restored, and
`isinstance` with user classes, tuples and a metaclass `__instancecheck__`."""
import abc


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "special"

    def __subclasscheck__(cls, sub):
        return sub is int


class Magic(metaclass=Meta):
    pass


class Base(abc.ABC):
    pass


class Child(Base):
    pass


Base.register(float)


class Tracked:
    live = 0

    def __init__(self):
        Tracked.live += 1

    def __del__(self):
        Tracked.live -= 1

    def __len__(self):
        return 3


def main():
    lst, s, d = [1, 2, 3], "abcd", {1: 2}
    print(len(lst) + len(s) + len(d), abs(-4), min(3, 1, 2), max([5, 9]), sum(lst))
    print(len(Tracked()), Tracked.live)
    print(isinstance(Child(), Base), isinstance(2.5, Base), isinstance(1, Base))
    print(isinstance("special", Magic), isinstance("plain", Magic), issubclass(int, Magic))
    print(issubclass(str, Magic), isinstance(1, (str, Magic, int)), isinstance(1, (str,)))
    for args in [(5,), (), (1, 2)]:
        try:
            print(len(*args))
        except TypeError as exc:
            print("TypeError", exc)
    for cls in [2, (int, 3), "str"]:
        try:
            print(isinstance(1, cls))
        except TypeError as exc:
            print("TypeError", exc)
    try:
        print(abs("x"))
    except TypeError as exc:
        print("TypeError", exc)


def shadowed():
    return len([1, 2])


main()
print(shadowed())
len = lambda x: "mine"
print(shadowed())
del len
print(shadowed())
print(len(None))
