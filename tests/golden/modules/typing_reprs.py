import typing
from typing import Any, Callable, ClassVar, Dict, Final, Generic, List, Literal, Tuple, Type, TypeVar, Union

T = TypeVar("T")
K = TypeVar("K")
print(Literal["a", "b"], Literal[1, None], Final[int], ClassVar[List[int]])
print(Callable[..., int], Callable[[], None], Type[int], Tuple[()], Tuple[int, str])
print(Generic[T], Dict[K, T], List[Any], Union[int, str, int], Union[int, Union[str, bytes]])
print(Union[int, str] == Union[str, int], List[int] == List[int], List[int] == List[str])
print(typing.Optional[Union[int, str]], Union[None, int], typing.Union[int, str, None])
print(typing.Iterable, typing.Awaitable, typing.Any, typing.NoReturn)
print(List[int].__args__, T.__name__, typing.AnyStr)
