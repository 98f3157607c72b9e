# SystemRandom: the usual random methods over the system's source.
import secrets

r = secrets.SystemRandom()
print(all(0.0 <= r.random() < 1.0 for _ in range(100)))
print(all(1 <= r.randint(1, 6) <= 6 for _ in range(100)))
print(all(r.randrange(0, 100, 5) % 5 == 0 for _ in range(100)))
print(all(10 <= r.uniform(10, 20) <= 20 for _ in range(100)))
items = list(range(20))
r.shuffle(items)
print(sorted(items) == list(range(20)))
s = r.sample(range(100), 10)
print(len(s), len(set(s)), all(0 <= x < 100 for x in s))
print(len(r.randbytes(7)), r.getrandbits(0), r.seed(42))
try:
    r.getstate()
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    r.randrange(0)
except ValueError as e:
    print("ValueError:", e)
