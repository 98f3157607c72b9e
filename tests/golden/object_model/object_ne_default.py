class Plain:
    pass

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents

a, b = Plain(), Plain()
print(a.__ne__(a), a.__ne__(b), a.__eq__(a), a.__eq__(b))
print(a != a, a != b, object.__ne__(a, a), object.__ne__(a, b))
m1, m2, m3 = Money(5), Money(5), Money(7)
print(m1.__ne__(m2), m1.__ne__(m3), m1.__ne__("5"), m1 != m2, m1 != m3, m1 != "5")
print(object.__ne__(m1, m3), object.__ne__(m1, 3))

class Weird:
    def __eq__(self, other):
        return "yes"
print(Weird().__ne__(1), Weird() != 1)

class Sub(Money):
    pass
print(Sub(1).__ne__(Sub(1)), Sub(1).__ne__(Money(2)))
print((1).__ne__(1), (1).__ne__(2), "a".__ne__("a"), [1].__ne__([2]))
