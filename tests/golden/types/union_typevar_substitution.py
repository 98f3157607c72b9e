# A small schema library: generic aliases with type variables, specialised later.
import typing
from typing import Dict, List, Optional, TypeVar, Union

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")

MaybeList = T | list[T] | None
Mapping = Dict[K, List[V]]
Result = Union[T, Exception]
Pair = tuple[K, V]

print(MaybeList.__parameters__, MaybeList[int], MaybeList[int] == int | list[int] | None)
print(Mapping.__parameters__, Mapping[str, int], Mapping[str, int] == Dict[str, List[int]])
print(Result[str], Result[Exception] is Exception, Optional[T][bytes])
print(Pair[int, str], Pair[K, int].__parameters__, Pair[K, int][float])
print((int | T)[int] is int, (T | int)[str], (list[T] | list[K])[int, int])

schemas = {MaybeList[int]: "ints", Mapping[str, int]: "table", list[str]: "strs"}
print(schemas[int | list[int] | None], schemas[Dict[str, List[int]]], schemas[list[str]])
print(len({list[int], list[int], typing.List[int], typing.List[int]}))

UserId = typing.NewType("UserId", int)
print((T | bytes)[UserId], (T | bytes)[str | int], (T | bytes)[Union[str, int]])

for bad in (lambda: Mapping[int], lambda: Pair[int, str, bytes], lambda: (int | str)[int],
            lambda: list[int][str]):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
