# A container class whose repr stays short however big it grows.
import reprlib


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, qty):
        self.items[name] = self.items.get(name, 0) + qty

    def __repr__(self):
        return f"Inventory({reprlib.repr(self.items)})"


inv = Inventory()
print(inv)
for i, name in enumerate(["apple", "banana", "cherry", "date", "elderberry", "fig"]):
    inv.add(name, i * 10)
    print(inv)
big = reprlib.Repr()
big.maxdict = 10
print(big.repr(inv.items))
print(big.repr([inv, inv]))
