from dataclasses import dataclass, field

@dataclass
class P:
    x: int
    y: int = 0

for args, kw in [((), {}), ((1, 2, 3), {}), ((1,), {"z": 3}), ((1,), {"x": 2})]:
    try:
        P(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)

try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass
    class Mut:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
