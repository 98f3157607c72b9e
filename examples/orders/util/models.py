from dataclasses import dataclass, field
from enum import Enum


class Status(Enum):
    NEW = "new"
    PAID = "paid"
    SHIPPED = "shipped"


class OrderError(Exception):
    def __init__(self, order, reason):
        super().__init__(f"order {order.id}: {reason}")
        self.order = order


@dataclass
class Order:
    id: int
    items: list = field(default_factory=list)
    status: Status = Status.NEW

    @property
    def total(self):
        return sum(price for _, price in self.items)
