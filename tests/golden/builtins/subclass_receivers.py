# Methods of builtin types taken from the type and called on instances of subclasses, as
# generic helpers do (`set.update(s, ...)`, `list.append(l, ...)`).
class Tags(set):
    pass


class History(list):
    pass


class Config(dict):
    pass


tags = Tags({"a"})
set.update(tags, ["b", "c"])
print(sorted(tags), type(tags).__name__)
print(sorted(set.union(tags, ["z"])), type(set.union(tags, ["z"])).__name__)
print(set.issubset(Tags({"a"}), tags), frozenset.isdisjoint(frozenset({"q"}), tags))

h = History()
list.append(h, 1)
list.extend(h, [2, 3])
print(h, list.index(h, 3), list.count(h, 2))

c = Config(debug=False)
dict.update(c, debug=True)
print(c, dict.get(c, "debug"))

# Looking a set subclass's instance up in a set of frozensets.
seen = {frozenset({"a", "b"})}
print(Tags({"a", "b"}) in seen, Tags({"x"}) in seen)
seen.discard(Tags({"a", "b"}))
print(seen)

for call in (lambda: list.append(tags, 1), lambda: set.add(h, 1), lambda: dict.keys(h)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

# What an iterator has left.
it = iter({1, 2, 3})
next(it)
print(it.__length_hint__(), iter([1, 2]).__length_hint__(), iter(range(10)).__length_hint__())
print(iter("héllo").__length_hint__(), reversed([1, 2, 3]).__length_hint__())
d = {"a": 1, "b": 2}
print(iter(d).__length_hint__(), iter(d.values()).__length_hint__(), iter(d.items()).__length_hint__())
s = {1}
it = iter(s)
s.add(2)
print(it.__length_hint__())
