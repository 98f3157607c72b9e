# Set algebra keeps CPython's slot layout, so results iterate in python3's order: unions,
# intersections and differences of random sets of ints, floats, tuples and objects whose
# equality is user code (a shared hash makes them collide), in and out of place.
import random

random.seed(5)


class Part:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n % 3

    def __eq__(self, other):
        return isinstance(other, Part) and other.n == self.n

    def __repr__(self):
        return f"Part({self.n})"


for trial in range(120):
    pool = [random.randrange(-50, 200) for _ in range(random.randrange(0, 40))]
    pool += [random.choice([1.5, 2.0, (1, 2), (3, -1), 7.25, True]) for _ in range(random.randrange(0, 6))]
    if trial % 3 == 0:
        pool += [Part(random.randrange(10)) for _ in range(random.randrange(0, 5))]
    a = set(random.sample(pool, k=len(pool) // 2))
    b = set(random.sample(pool, k=len(pool) // 2))
    if a and trial % 4 == 0:
        a.discard(next(iter(a)))  # leaves a deleted slot behind
    print(trial, list(a | b), list(a & b), list(a - b), list(b - a), list(a ^ b))
    print(" ", list(a.copy()), list(frozenset(a) & b), list(frozenset(b) - a))
    c = set(a)
    c |= b
    d = set(a)
    d &= b
    e = set(a)
    e -= b
    print(" ", list(c), list(d), list(e), a <= b, a >= b, a.isdisjoint(b))


# An __eq__ that empties the other set while it is being searched.
class Meddler:
    def __init__(self, victim):
        self.victim = victim

    def __hash__(self):
        return 1

    def __eq__(self, other):
        self.victim.clear()
        return False


left = {1, 2, 3}
right = {1}
m = Meddler(right)
left.add(m)
right.add(Meddler(left))
print(len(left & right) <= 1, len(right - left) <= 2)
