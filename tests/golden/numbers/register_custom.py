import numbers


class Money:
    def __init__(self, cents):
        self.cents = cents


print(isinstance(Money(5), numbers.Number))
numbers.Number.register(Money)
print(isinstance(Money(5), numbers.Number), isinstance(Money(5), numbers.Real))
print(issubclass(Money, numbers.Number))


class Exact(Money):
    pass


print(issubclass(Exact, numbers.Number), issubclass(Exact, numbers.Complex))
numbers.Rational.register(Exact)
print(issubclass(Exact, numbers.Real), issubclass(Money, numbers.Real))
