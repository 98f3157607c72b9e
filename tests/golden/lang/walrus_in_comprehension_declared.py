# `:=` inside a comprehension binds in the enclosing function, honouring that function's
# `global` and `nonlocal` declarations.
last_seen = None


def scan_globals(items):
    global last_seen
    matches = [last_seen := x for x in items if x % 3 == 0]
    return matches


print(scan_globals(range(10)), last_seen)


def counter():
    best = None

    def update(values):
        nonlocal best
        return [best := v for v in values if best is None or v > best]

    print(update([3, 1, 4, 1, 5]))
    print("best", best)
    print(update([2, 9]))
    print("best", best)


counter()


def plain():
    total = [acc := n * n for n in range(4)]
    return total, acc


print(plain())
print(sorted(k for k in globals() if k in ("acc", "best", "last_seen")))
