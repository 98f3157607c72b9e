# Under `from __future__ import annotations` a starred annotation is kept as its text.
from __future__ import annotations


def f(*args: *Ts, key: str = "k") -> None:
    pass


print(f.__annotations__)
