# Repr's limits one at a time, at their edges.
import reprlib

r = reprlib.Repr()
for n in range(5, 9):
    print(n, r.repr(list(range(n))), r.repr(tuple(range(n))), r.repr(set(range(n))))
for n in (28, 30, 31, 40):
    print(n, r.repr("a" * n), r.repr("é" * n))
for n in (39, 40, 41, 60):
    print(n, r.repr(int("1" * n)), r.repr(-int("1" * n)))
print(r.repr({i: i for i in range(4)}), r.repr({i: i for i in range(5)}))
print(r.repr([1, [2, [3, [4, [5, [6, [7]]]]]]]))
r.maxlevel = 1
print(r.repr([[1], (2,), {3: 4}, set(), []]))
r.maxlevel = 0
print(r.repr([1]), r.repr([]), r.repr({1: 2}), r.repr({}))
r.maxstring = 2
print(r.repr("abcdef"))
r.maxother = 4
print(r.repr(object()).startswith("<o") , len(r.repr(object())))
print(reprlib.repr("x" * 50), reprlib.repr(b"y" * 50))
