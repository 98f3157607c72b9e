# Under `from __future__ import annotations` a function's annotations are the text of their
# source, so they may name classes defined later.
from __future__ import annotations

import dataclasses


def make(kind: Widget, count: int = 1) -> list[Widget]:
    return [kind] * count


class Widget:
    def clone(self, other: Widget | None = None) -> Widget:
        return self


print(make.__annotations__)
print(Widget.clone.__annotations__)


@dataclasses.dataclass
class Point:
    x: float
    y: float = 0.0


print(Point.__annotations__, Point(1.5))


def typed(fn):
    hints = fn.__annotations__
    def wrapper(*args):
        for name, value in zip(fn.__code__.co_varnames if hasattr(fn, "__code__") else [], args):
            pass
        return fn(*args)
    wrapper.__annotations__ = dict(hints)
    return wrapper


@typed
def add(a: int, b: int) -> int:
    return a + b


print(add(2, 3), add.__annotations__)
