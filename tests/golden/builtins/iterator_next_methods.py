# Every builtin iterator has `__next__` (and `__iter__` returning itself), on the object and on
# its type, as code driving iterators by hand uses them.
import collections
import itertools
import re


def drive(it, n):
    out = []
    for _ in range(n):
        try:
            out.append(it.__next__())
        except StopIteration:
            out.append("stop")
    return out


def by_type(it, n):
    step = type(it).__next__
    return [step(it) for _ in range(n)]


cases = [
    ("list", lambda: iter([1, 2, 3])),
    ("tuple", lambda: iter((1, 2, 3))),
    ("range", lambda: iter(range(3))),
    ("str", lambda: iter("abc")),
    ("bytes", lambda: iter(b"abc")),
    ("bytearray", lambda: iter(bytearray(b"abc"))),
    ("set", lambda: iter({7, 8, 9})),
    ("dict", lambda: iter({"a": 1, "b": 2, "c": 3})),
    ("dict values", lambda: iter({"a": 1, "b": 2, "c": 3}.values())),
    ("dict items", lambda: iter({"a": 1, "b": 2, "c": 3}.items())),
    ("reversed dict", lambda: reversed({"a": 1, "b": 2, "c": 3})),
    ("reversed values", lambda: reversed({"a": 1, "b": 2, "c": 3}.values())),
    ("reversed items", lambda: reversed({"a": 1, "b": 2, "c": 3}.items())),
    ("reversed list", lambda: reversed([1, 2, 3])),
    ("reversed range", lambda: reversed(range(3))),
    ("reversed deque", lambda: reversed(collections.deque([1, 2, 3]))),
    ("map", lambda: map(str.upper, "abc")),
    ("zip", lambda: zip("abc", range(3))),
    ("filter", lambda: filter(None, [0, 1, 2, 3])),
    ("enumerate", lambda: enumerate("abc")),
    ("callable", lambda: iter(iter([1, 2, 3, 0]).__next__, 0)),
    ("finditer", lambda: (m.group() for m in re.finditer(r"\d", "a1b2c3"))),
    ("count", lambda: itertools.count(5)),
    ("cycle", lambda: itertools.cycle("ab")),
    ("repeat", lambda: itertools.repeat("x", 3)),
    ("accumulate", lambda: itertools.accumulate([1, 2, 3])),
    ("chain", lambda: itertools.chain([1], [2, 3])),
    ("from_iterable", lambda: itertools.chain.from_iterable(["ab", "c"])),
    ("compress", lambda: itertools.compress("abcd", [1, 0, 1, 1])),
    ("dropwhile", lambda: itertools.dropwhile(lambda x: x < 2, [1, 2, 3, 4])),
    ("takewhile", lambda: itertools.takewhile(lambda x: x < 4, [1, 2, 3, 4])),
    ("filterfalse", lambda: itertools.filterfalse(None, [0, 1, 0, 2, 0, 3])),
    ("groupby", lambda: ((k, list(g)) for k, g in itertools.groupby("aabccc"))),
    ("islice", lambda: itertools.islice(range(10), 2, 8, 2)),
    ("pairwise", lambda: itertools.pairwise("abcd")),
    ("starmap", lambda: itertools.starmap(pow, [(2, 1), (2, 2), (2, 3)])),
    ("zip_longest", lambda: itertools.zip_longest("ab", "xyz", fillvalue="-")),
    ("product", lambda: itertools.product("ab", repeat=2)),
    ("permutations", lambda: itertools.permutations("abc", 2)),
    ("combinations", lambda: itertools.combinations("abcd", 2)),
    ("cwr", lambda: itertools.combinations_with_replacement("ab", 2)),
    ("tee", lambda: itertools.tee("abc")[1]),
]
for label, make in cases:
    it = make()
    assert iter(it) is it and it.__iter__() is it and type(it).__iter__(it) is it
    print(f"{label:16} {type(it).__name__:28} {drive(it, 2)} {by_type(make(), 3)}")

grouper = next(itertools.groupby("aab"))[1]
print(type(grouper).__name__, grouper.__next__(), type(grouper).__next__(grouper))

it = itertools.chain([1])
print(it.__next__())
try:
    it.__next__()
except StopIteration as e:
    print("StopIteration", e.args)

print(type(itertools.chain()).__next__)
print(type(iter([])).__next__)
for bad in [itertools.chain(), iter(lambda: 1, 2), reversed({})]:
    try:
        type(bad).__next__(42)
    except TypeError as e:
        print("TypeError:", e)
