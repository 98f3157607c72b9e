class Money:
    def __init__(self, amount, cur):
        self.amount = amount
        self.cur = cur

    def __repr__(self):
        return f"Money({self.amount!r}, {self.cur!r})"

    def __str__(self):
        return f"{self.amount:.2f} {self.cur}"

m = Money(3.5, "EUR")
print(m)
print(repr(m))
print([m, m])
print(f"{m} / {m!r}")
print(str(m), "%s and %r" % (m, m))
