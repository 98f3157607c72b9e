from typing import Generic, TypeVar, get_args, get_origin, List, Optional, Dict
T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")

class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item

print(Box.__parameters__, Box.__orig_bases__, Box.__mro__)
IntBox = Box[int]
print(IntBox, get_origin(IntBox), get_args(IntBox), IntBox.__parameters__)
b = IntBox(5)
print(type(b).__name__, b.get(), b.__orig_class__)
print(Box[int] == Box[int], Box[int] == Box[str], hash(Box[int]) == hash(Box[int]))
print(isinstance(b, Box), issubclass(Box, Generic))

class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v
print(Pair.__parameters__, Pair[str, int], get_args(Pair[str, List[int]]))

class IntPair(Pair[int, V]):
    pass
print(IntPair.__parameters__, IntPair.__orig_bases__, IntPair.__mro__)
print(IntPair[str], IntPair(1, "a").v)

class Registry(Dict[str, T], Generic[T]):
    pass
print(Registry.__parameters__, Registry.__mro__[:3])

print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]), get_args(Optional[int]))
print(get_origin(int), get_args(int), get_origin(Generic), get_origin(List))
for bad in ["Box[int, str]", "Generic[int]", "Generic[T, T]", "Pair[int]"]:
    try:
        eval(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    class Plain(Generic):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(Box[T], Generic[K]):
        pass
except TypeError as e:
    print("TypeError:", e)

class Loader:
    def __class_getitem__(cls, item):
        return f"{cls.__name__} of {item.__name__}"
print(Loader[int], Loader[str])
class Sub(Loader):
    pass
print(Sub[float])
