# A dice-and-token service: SystemRandom draws from the system's source, so only the shape
# of its results is checked; subclasses of Random keep their seeded sequences.
import random
import secrets


class Dice(random.SystemRandom):
    def __init__(self, sides):
        super().__init__()
        self.sides = sides

    def roll(self, n):
        return [self.randint(1, self.sides) for _ in range(n)]


d = Dice(6)
rolls = d.roll(200)
print(len(rolls), all(1 <= r <= 6 for r in rolls), isinstance(d, random.Random))
sr = random.SystemRandom()
print(type(sr).__name__, random.SystemRandom.__bases__[0].__name__)
print(0.0 <= sr.random() < 1.0, sr.getrandbits(0), sr.getrandbits(77) < 2 ** 77)
print(len(sr.randbytes(16)), sr.choice("xyz") in "xyz", sorted(sr.sample(range(8), 8)))
deck = list(range(52))
sr.shuffle(deck)
print(sorted(deck) == list(range(52)), len(sr.choices("ab", k=5)))
print(-50 < sr.gauss(0, 1) < 50, 2 <= sr.uniform(2, 3) <= 3, sr.randrange(0, 100, 10) % 10)
print(sr.seed(42), sr.seed())
for call in (sr.getstate, lambda: sr.setstate((3, (), None))):
    try:
        call()
    except NotImplementedError as e:
        print("NotImplementedError:", e)
try:
    sr.randrange(0)
except ValueError as e:
    print("ValueError:", e)
print(type(secrets.SystemRandom()).__module__, secrets.randbelow(1), len(secrets.token_hex(8)))


class Seeded(random.Random):
    """A generator that remembers how often it was drawn from."""

    def __init__(self, seed):
        self.draws = 0
        super().__init__(seed)

    def pick(self, seq):
        self.draws += 1
        return self.choice(seq)


class Plain(random.Random):
    pass


s = Seeded(2024)
print([s.pick("abcdef") for _ in range(8)], s.draws)
print(Plain(7).random() == random.Random(7).random(), Plain(7).randint(1, 1000))
print(random.Random(x=3).random() == random.Random(3).random())
for args, kw in (((1, 2), {}), ((), {"y": 1})):
    try:
        random.Random(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
