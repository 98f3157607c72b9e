import asyncio
from typing import NamedTuple, Generic, TypeVar, Protocol, Optional, List

T = TypeVar("T")


class Point(NamedTuple):
    x: int
    y: int = 0

    def dist2(self):
        return self.x ** 2 + self.y ** 2

    def __str__(self):
        return f"({self.x}, {self.y})"


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item


class Greeter(Protocol):
    def greet(self) -> str:
        ...


class English:
    def greet(self) -> str:
        return "hello"


Emp = NamedTuple("Emp", [("name", str), ("id", int)])

p = Point(3, 4)
print(p, repr(p), p.dist2(), p.x, p[1], isinstance(p, tuple), Point(1), Point._fields, Point._field_defaults)
print(p._replace(y=0), p._asdict(), Point.__annotations__, p == (3, 4), hash(p) == hash((3, 4)))
a, b = p
print(a, b, len(p), sorted([Point(2, 2), Point(1, 5)]), type(p).__name__, Point.__bases__)
print(Box(5).item, English().greet(), Emp("ann", 3), Emp._fields)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(NamedTuple):
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(NamedTuple):
        x: int
        def _asdict(self):
            return {}
except AttributeError as e:
    print("AttributeError:", e)


class Reading(NamedTuple):
    sensor: str
    value: float


async def read(name, v):
    await asyncio.sleep(0.01)
    return Reading(name, v)


async def main():
    rs = await asyncio.gather(read("a", 1.5), read("b", 2.5))
    print(rs, sum(r.value for r in rs), max(rs, key=lambda r: r.value).sensor)


asyncio.run(main())
