"""Method calls on instances at one call site: plain methods with the exact number of arguments,
methods with defaults, *args and keywords, methods shadowed by an instance attribute, replaced
on the class or a base between calls, static and class methods, a builtin base's methods, a
class with __getattribute__, and errors raised while the arguments are evaluated or by a call
with the wrong number of arguments."""


class Account:
    fee = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    def withdraw(self, amount, fee=None):
        self.balance -= amount + (self.fee if fee is None else fee)
        return self.balance

    def many(self, *amounts):
        for a in amounts:
            self.deposit(a)
        return self.balance

    def describe(self):
        return "%s:%d" % (self.owner, self.balance)

    @staticmethod
    def rate(x):
        return x * 2

    @classmethod
    def make(cls, owner):
        return cls(owner, 10)


class Savings(Account):
    def deposit(self, amount):
        return super().deposit(amount + 1)


class Ledger(list):
    def total(self):
        return sum(self)


class Audited(Account):
    def __getattribute__(self, name):
        if name == "describe":
            return lambda: "audited"
        return object.__getattribute__(self, name)


def run(accounts):
    out = []
    for a in accounts:
        out.append(a.deposit(5))
        out.append(a.withdraw(2))
        out.append(a.withdraw(1, 0))
        out.append(a.many(1, 2, 3))
        out.append(a.describe())
        out.append(a.rate(4))
        out.append(a.make("x").describe())
    return out


accounts = [Account("ann"), Savings("bob", 3), Account.make("cy"), Audited("dee")]
print(run(accounts))
print(run(accounts))

# An instance attribute shadows the method at the same site.
a = Account("eve")
a.describe = lambda: "own attribute"
print(run([a, Account("fay")]))
del a.describe
print(run([a]))

# The method replaced on the class, then on a base, between calls at one site.
acc = [Account("gus"), Savings("hal")]
print(run(acc))
original = Account.describe
Account.describe = lambda self: "replaced " + self.owner
print(run(acc))
Savings.describe = lambda self, suffix="!": "savings " + self.owner + suffix
print(run(acc))
del Savings.describe
del Account.describe
try:
    print(run(acc))
except AttributeError as e:
    print("AttributeError", e)
Account.describe = original
print(run(acc))

# A builtin base's methods and a user one at one site.
for obj in [Ledger([1, 2]), Ledger()]:
    obj.append(3)
    print(obj.total(), obj.count(3))


# Errors: in an argument, wrong numbers of arguments, a method that raises.
def boom():
    raise ValueError("argument failed")


b = Account("ivy")
for call in [
    lambda: b.deposit(boom()),
    lambda: b.deposit(),
    lambda: b.deposit(1, 2),
    lambda: b.describe(1),
    lambda: b.withdraw(),
    lambda: b.deposit(*[1, 2]),
    lambda: b.deposit(amount=4),
    lambda: b.deposit(**{"amount": 6}),
    lambda: b.missing(1),
    lambda: b.deposit("str"),
]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)


# Deep recursion through a method call stays a RecursionError.
class Walker:
    def down(self, n):
        return self.down(n + 1)


try:
    Walker().down(0)
except RecursionError:
    print("RecursionError")


# Many locals in the method (its frame is larger than the arguments).
class Wide:
    def spread(self, a, b):
        c = a + b
        d = c * 2
        e = d - a
        f = e + b
        g = f * c
        h = g - d
        i = h + e
        j = i * 2
        k = j - 1
        return [a, b, c, d, e, f, g, h, i, j, k]


w = Wide()
print(sum(sum(w.spread(i, i + 1)) for i in range(1000)))
