import itertools

print(list(itertools.islice("ABCDEFG", 2)))
print(list(itertools.islice("ABCDEFG", 2, 4)))
print(list(itertools.islice("ABCDEFG", 2, None)))
print(list(itertools.islice("ABCDEFG", 0, None, 2)))
print(list(itertools.islice(itertools.count(), 5, 15, 3)))
it = iter(range(10))
print(list(itertools.islice(it, 3)), list(it))
for bad in ((-1,), (0, -1), (0, 5, 0)):
    try:
        itertools.islice("abc", *bad)
    except ValueError as e:
        print("ValueError:", e)
