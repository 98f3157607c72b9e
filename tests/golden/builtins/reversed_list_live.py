import copy
import pickle

# A playlist edited while it is walked backwards.
songs = ["intro", "verse", "chorus", "bridge", "outro"]
it = reversed(songs)
print(type(it).__name__, it.__length_hint__())
print(next(it))
songs[2] = "CHORUS"
print(next(it), next(it))
print(it.__length_hint__())

# The list shrinks under the iterator: it stops early.
nums = [1, 2, 3, 4, 5, 6]
seen = []
for n in reversed(nums):
    seen.append(n)
    if n == 5:
        del nums[:4]
print(seen, nums)

# Growing does not show (the index started at the old end).
grow = [1, 2, 3]
out = []
for n in reversed(grow):
    out.append(n)
    if len(grow) < 6:
        grow.append(n * 10)
print(out, grow)

# Shrinking below the index before the next step.
x = [1, 2, 3, 4]
r = reversed(x)
print(next(r))
x.clear()
print(r.__length_hint__(), list(r))
x.extend([7, 8, 9])
print(list(r))

# Pickling and copying keep the position.
data = [10, 20, 30, 40]
r = reversed(data)
next(r)
print(r.__reduce__())
r2 = pickle.loads(pickle.dumps(r))
print(list(r2))
r3 = copy.copy(r)
print(next(r3), next(r))
r4 = copy.deepcopy(r)
data[0] = 99
print(list(r4), list(r))
print(r.__reduce__())

# __setstate__ clamps the index to the list.
r = reversed([1, 2, 3])
r.__setstate__(10)
print(list(r))
r = reversed([1, 2, 3])
r.__setstate__(-5)
print(r.__length_hint__(), list(r))
r = reversed([1, 2, 3])
r.__setstate__(0)
print(list(r))
try:
    reversed([1]).__setstate__("a")
except TypeError as e:
    print("TypeError:", e)
empty = reversed([])
print(empty.__length_hint__(), empty.__reduce__())
print(len(list(reversed(list(range(1000))))))
