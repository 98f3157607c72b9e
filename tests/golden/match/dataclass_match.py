# Dataclasses get __match_args__ from their fields.
from dataclasses import dataclass, field


@dataclass
class Order:
    item: str
    qty: int = 1
    tags: list = field(default_factory=list)


print(Order.__match_args__)


def price(order):
    match order:
        case Order("apple", qty) if qty >= 10:
            return qty * 0.4
        case Order("apple", qty):
            return qty * 0.5
        case Order(item, qty, ["sale", *_]):
            return qty * 1.0
        case Order(item=item, qty=qty):
            return qty * 2.0


for o in [Order("apple", 12), Order("apple"), Order("pear", 3, ["sale"]), Order("fig", 2)]:
    print(o, price(o))
