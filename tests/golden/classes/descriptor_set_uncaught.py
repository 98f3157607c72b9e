import asyncio


class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive, got {value}")
        setattr(obj, self.name, value)


class Order:
    __slots__ = ("_qty", "_price")
    qty = Positive()
    price = Positive()

    def __init__(self, qty, price):
        self.qty = qty
        self.price = price


async def place(qty, price):
    await asyncio.sleep(0.01)
    o = Order(qty, price)
    return o.qty * o.price


async def main():
    print(await place(2, 5))
    o = Order(1, 1)
    try:
        o.note = "x"
    except AttributeError as e:
        print("AttributeError:", e)


asyncio.run(main())
Order(3, -1)
