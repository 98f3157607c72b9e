# Methods taken from a builtin type and called without their object raise TypeError.
import collections

calls = [list.reverse, list.append, list.sort, dict.keys, dict.items, dict.get,
         str.join, str.upper, set.add, set.pop, tuple.count, bytes.hex,
         collections.deque.append, collections.deque.popleft]
for f in calls:
    try:
        f()
    except TypeError as e:
        print(e)

# With the object they work as usual.
xs = [3, 1, 2]
list.reverse(xs)
list.sort(xs)
print(xs, str.join("-", ["a", "b"]), dict.get({"k": 1}, "k"))
