"""Orders processed concurrently, with helpers imported from a package beside the script."""

import asyncio

from util import async_timed, delay
from util.models import Order, OrderError, Status


@async_timed
async def pay(order):
    if order.total == 0:
        raise OrderError(order, "nothing to pay")
    await delay(0.05)
    order.status = Status.PAID
    return order.total


@async_timed
async def main():
    orders = [
        Order(1, [("book", 12), ("pen", 2)]),
        Order(2),
        Order(3, [("lamp", 30)]),
    ]
    results = await asyncio.gather(*(pay(o) for o in orders), return_exceptions=True)
    for order, result in zip(orders, results):
        print(order.id, order.status, result)
    print([o for o in orders if o.status is Status.PAID])


asyncio.run(main())
