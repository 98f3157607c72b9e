# A job queue saves its half-consumed work iterators and resumes them after a restart:
# iterators over dicts, sets, enumerate, zip, map and filter pickle with their position.
import copy
import pickle

jobs = {"build": 3, "test": 5, "lint": 1, "deploy": 2}


def resume(it, proto):
    return list(pickle.loads(pickle.dumps(it, proto)))


for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    pending = iter(jobs)
    next(pending)
    names = iter(jobs.items())
    next(names)
    costs = iter(jobs.values())
    print(proto, resume(pending, proto), resume(names, proto), resume(costs, proto))

# What is left is saved, not what the dict holds later.
pending = iter(jobs)
first = next(pending)
saved = pickle.dumps(pending)
print(first, pickle.loads(saved).__class__.__name__, list(pickle.loads(saved)))

numbered = enumerate(["alpha", "beta", "gamma"], start=1)
next(numbered)
print(numbered.__reduce__()[0].__name__, numbered.__reduce__()[1][1])
print(resume(numbered, 2), list(numbered))

pairs = zip(["a", "b", "c"], range(3), "xyz")
next(pairs)
print(pairs.__reduce__()[0].__name__, len(pairs.__reduce__()[1]))
print(resume(pairs, 4))
# Reducing names the iterators the zip draws from: they share its position.
inner = pairs.__reduce__()[1][0]
print(next(inner), list(pairs))

squares = map(lambda n: n * n, range(6))
next(squares)
print(copy.copy(squares).__class__.__name__)
print(list(map(pow, [2, 3], [3, 2])), resume(map(abs, [-4, 5, -6]), 3))
print(resume(map(len, ["ab", "c"]), 0))

evens = filter(lambda n: n % 2 == 0, range(10))
next(evens)
print(filter(None, [0, 1]).__reduce__()[1][0])

nested = enumerate(zip(map(str, range(4)), "abcd"))
next(nested)
print(resume(nested, 5))

tags = iter({"solo"})
print(resume(tags, 2))
print(resume(reversed(jobs), 2), resume(reversed(jobs.items()), 2))
print(resume(iter(reversed({1: 2})), 1))
