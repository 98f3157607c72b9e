# map, filter, zip, enumerate and reversed are classes: isinstance works and calling them makes the iterator.
m = map(str, [1, 2])
print(map, filter, zip, enumerate, reversed)
print(type(m) is map, isinstance(m, map), list(m))
print(isinstance(filter(None, [0, 1]), filter), list(filter(None, [0, 1, 2])))
print(list(zip("ab", [1, 2])), list(zip()), list(enumerate("xy", start=5)), list(reversed([1, 2, 3])))
print(isinstance(zip(), zip), isinstance(enumerate([]), enumerate), type(enumerate([])).__name__)
print(type(reversed(range(3))).__name__, type(reversed([1])).__name__)
print(map.__name__, zip.__module__ if hasattr(zip, '__module__') else None)
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1], [2, 3], strict=True))
except ValueError as e:
    print(e)
for bad in [lambda: map(), lambda: enumerate(), lambda: zip(1), lambda: filter(1, 2), lambda: reversed(5), lambda: enumerate([], "x")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(sorted(map(abs, [-3, 1, -2])), max(zip([1, 2], [9, 0])))
e = enumerate("ab")
print(next(e), iter(e) is e, e.__next__())
print(callable(map), callable(zip))
import itertools
print(list(itertools.starmap(pow, zip([2, 3], [3, 2]))))
