"""Augmented assignment to local variables: running totals, counters, strings and lists
growing in place, a local read before the value is evaluated, and the errors on the way."""


class Meter:
    """Counts what was added to it and remembers each amount."""

    def __init__(self, name):
        self.name = name
        self.parts = []

    def __iadd__(self, amount):
        self.parts.append(amount)
        return self

    def __repr__(self):
        return f"Meter({self.name!r}, {sum(self.parts)})"


class Noisy:
    def __init__(self, tag):
        self.tag = tag

    def __add__(self, other):
        return Noisy(self.tag + "+" + str(other))

    def __del__(self):
        print("dropped", self.tag)


def totals(rows):
    count = 0
    total = 0
    total_f = 0.0
    label = ""
    seen = []
    for name, qty, price in rows:
        count += 1
        total += qty
        total_f += qty * price
        label += name[0]
        seen += [name]
    return count, total, round(total_f, 2), label, seen


def counters():
    k = 10
    k -= 3
    k *= 4
    k //= 3
    k %= 5
    k **= 3
    k <<= 2
    k >>= 1
    k |= 1
    k &= 0xFF
    k ^= 0x0F
    big = 2**62
    big += 2**62
    big += 1
    neg = -(2**63)
    neg -= 1
    return k, big, neg


def meters():
    m = Meter("water")
    for x in (3, 4, 5):
        m += x
    before = m
    m += 10
    return m, m is before


def replaced():
    n = Noisy("a")
    n += 1
    print("after first")
    n += 2
    print("after second")
    return n.tag


def order():
    log = []

    def value():
        log.append("value")
        return 1

    try:
        missing += value()
    except UnboundLocalError as e:
        log.append(str(e))
    x = 5
    del x
    try:
        x += undefined_name
    except UnboundLocalError as e:
        log.append(str(e))
    return log


def errors():
    out = []
    s = "abc"
    try:
        s += 1
    except TypeError as e:
        out.append(str(e))
    n = 1
    try:
        n += None
    except TypeError as e:
        out.append(str(e))
    try:
        n /= 0
    except ZeroDivisionError as e:
        out.append(str(e))
    return out, s, n


print(totals([("apple", 3, 1.25), ("pear", 2, 0.5), ("fig", 10, 0.1)]))
print(counters())
print(meters())
print(replaced())
print(order())
print(errors())
