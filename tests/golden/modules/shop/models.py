class OutOfStock(Exception):
    def __init__(self, item):
        super().__init__(f"no {item.name} left")
        self.item = item


class Item:
    def __init__(self, name, stock):
        self.name = name
        self.stock = stock

    def take(self):
        if self.stock <= 0:
            raise OutOfStock(self)
        self.stock -= 1

    def __repr__(self):
        return f"Item({self.name!r}, stock={self.stock})"
