from typing import Any, Callable, Dict, List, Optional, Set, Tuple, TypeVar, Union
import typing

T = TypeVar("T")


def first(items: List[T]) -> Optional[T]:
    return items[0] if items else None


Handler = Callable[[int, str], Awaitable] if False else Callable[[int, str], None]
print(first([1, 2]), first([]))
print(Optional[int])
print(List[int], Dict[str, List[int]], Tuple[int, ...], Set[str])
print(Union[int, str], Union[int, None], Union[int])
print(Handler)
print(T, Any, typing.TYPE_CHECKING)
print(typing.cast(int, "not really"))
