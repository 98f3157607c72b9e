# `X | Y` unions (PEP 604) in isinstance checks, annotations and typing helpers.
import types
import typing

Number = int | float
print(Number, type(Number), type(Number) is types.UnionType)
print(Number.__args__, Number.__parameters__)


def describe(value: int | str | None = None) -> list[int] | None:
    if isinstance(value, int | None):
        return "int or None"
    if isinstance(value, str | bytes):
        return "text"
    return "other"


for v in [1, None, "x", b"y", 2.5, True]:
    print(repr(v), describe(v))
print(describe.__annotations__)
print(issubclass(bool, int | str), issubclass(float, int | str))

print(int | None, None | int, int | int, (int | str) | (str | float))
print(int | str == str | int, int | str == int | float, hash(int | str) == hash(str | int))
print(typing.Union[int, str] == int | str, int | str == typing.Union[int, str])
print(typing.Union[int | str, float])
print(typing.Optional[int] | str)
print(list[int] | None)
print(typing.get_args(int | str), typing.get_origin(int | str) is types.UnionType)


class Node:
    pass


print(Node | None, isinstance(Node(), Node | None))
lookup = {int | str: "scalar"}
print(lookup[str | int])
for bad in [lambda: int | 3, lambda: None | None, lambda: isinstance(1, int | 3)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
