"""Nested unpacking targets in assignments and loops: points, segments and records taken
apart, with the shapes that do not fit reported as CPython reports them."""


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  freed", self.name)


def segments(points):
    out = []
    for i, ((x0, y0), (x1, y1)) in enumerate(zip(points, points[1:])):
        out.append((i, abs(x1 - x0) + abs(y1 - y0)))
    return out


def records():
    rows = [("ann", (31, ("oslo", "no"))), ("bob", (45, ("lima", "pe")))]
    for row in rows:
        name, (age, (city, country)) = row
        print(f"{name:>4} {age} {city}/{country}")
    [first, (second, [third, fourth])], fifth = (1, (2, (3, 4))), 5
    print(first, second, third, fourth, fifth)
    (a, b), c = [10, 20], 30  # the inner value is a list
    print(a, b, c)
    (a, *rest), c = (1, 2, 3), 4
    print(a, rest, c)
    ((a, b),) = ((7, 8),)
    print(a, b)


def old_values_freed():
    p, q = Noisy("p"), Noisy("q")
    print("storing")
    (p, q), r = (1, 2), 3
    print("stored", p, q, r)


def mismatches():
    a = b = c = "unset"
    for value in [((1, 2, 3), 4), ((1,), 4), (1, 4), ((1, 2), 3, 4), (("xy"), 5), ({7: 0, 8: 0}, 6)]:
        try:
            (a, b), c = value
            print("ok", a, b, c)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e, "|", a, b, c)


print(segments([(0, 0), (3, 4), (3, 9), (-1, 9)]))
records()
old_values_freed()
mismatches()
