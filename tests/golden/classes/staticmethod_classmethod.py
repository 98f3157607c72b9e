class Pizza:
    count = 0

    def __init__(self, toppings):
        self.toppings = toppings
        Pizza.count += 1

    @classmethod
    def margherita(cls):
        return cls(["mozzarella", "tomato"])

    @staticmethod
    def is_valid(t):
        return t in ("mozzarella", "tomato", "basil")

p = Pizza.margherita()
print(p.toppings, Pizza.count)
print(Pizza.is_valid("basil"), p.is_valid("pineapple"))
print(type(p).__name__)

class Special(Pizza):
    pass

s = Special.margherita()
print(type(s).__name__, Pizza.count)
