import copy
import pickle

names = ["ada", "bob", "cy"]
scores = [90, 85, 77]
z = zip(names, scores, strict=True)
print(next(z))
print(z.__reduce__()[0].__name__, len(z.__reduce__()), z.__reduce__()[2:])
for clone in (pickle.loads(pickle.dumps(z)), copy.deepcopy(z)):
    print(list(clone))
c = copy.copy(z)
print(next(c), list(z))

bad = zip([1, 2, 3], "ab", strict=True)
next(bad)
again = pickle.loads(pickle.dumps(bad))
try:
    print(list(again))
except ValueError as e:
    print("ValueError:", e)

plain = zip("xyz", range(5))
print(len(plain.__reduce__()), list(pickle.loads(pickle.dumps(plain))))
lax = zip("ab", [1, 2, 3])
lax.__setstate__(True)
try:
    print(list(lax))
except ValueError as e:
    print("ValueError:", e)
strict = zip("ab", [1, 2, 3], strict=True)
strict.__setstate__(0)
print(list(strict), strict.__reduce__()[2:])
