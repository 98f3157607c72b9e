from functools import total_ordering, reduce, partial


@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __repr__(self):
        return f"Money({self.cents})"


a, b = Money(100), Money(250)
print(a < b, a <= b, a > b, a >= b, a >= Money(100), b <= a)
print(sorted([b, a, Money(5)]), max(a, b))
print(reduce(lambda x, y: x + y, [1, 2, 3]), partial(pow, 2)(10))
try:
    @total_ordering
    class Bare:
        pass
except ValueError as e:
    print("ValueError:", e)
