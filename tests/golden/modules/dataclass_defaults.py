from dataclasses import dataclass, field

@dataclass
class Order:
    item: str
    qty: int = 1
    tags: list = field(default_factory=list)
    note: str = field(default="-", repr=False)

a = Order("pen")
b = Order("ink", 3, ["blue"])
a.tags.append("x")
print(a, b, Order("z").tags)
print(a.note)
