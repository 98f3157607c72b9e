# Dataclasses are laid out field by field when they do not fit.
import pprint
from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int
    tags: list = field(default_factory=list)


@dataclass
class Hidden:
    a: int
    secret: str = field(default="s", repr=False)


print(pprint.pformat([Point(1, 2, ["a" * 20, "b" * 20, "c" * 20]), Point(3, 4)], width=50))
print(pprint.pformat(Hidden(1)), pprint.pformat([Hidden(2)] * 5, width=20))
