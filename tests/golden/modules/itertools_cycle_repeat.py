import itertools

cy = itertools.cycle("AB")
print([next(cy) for _ in range(5)])
print(list(itertools.repeat("x", 3)), itertools.repeat(7, 2), itertools.repeat(None))
print(list(map(pow, range(4), itertools.repeat(2))))
r = itertools.repeat(1, 2)
next(r)
print(r, list(r), list(itertools.repeat(0, -5)))
print(list(itertools.islice(itertools.cycle([]), 3)))
