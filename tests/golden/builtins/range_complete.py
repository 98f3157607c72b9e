# Ranges as a program uses them: pages of a result set, id spaces beyond 64 bits,
# membership of values that are not ints, and the methods every sequence has.
import sys, pickle

def pages(total, size):
    ids = range(1, total + 1)
    for first in range(0, len(ids), size):
        page = ids[first:first + size]
        print("page", page.start, page.stop - 1, len(page), page)

pages(23, 10)
even = range(0, 100, 2)
print(even[10:20:3], even[::-1][:3], even[-5:], 42 in even, 43 in even)
print(even.index(42), even.count(42), 42.0 in even, even.count(42.0))

# Shard an id space of 128-bit ids.
space = range(2**127, 2**128, 2**125)
print(space, len(space), [x >> 120 for x in space])
print(2**127 + 2**126 in space, space.index(2**127 + 2**126), space[-1] == 2**128 - 2**125)
r = range(3)
print(True in r, 1.0 in r, 2.5 in r, "a" in r, False in range(1))
print(r.count(1), r.count(1.0), r.count(True), r.count("x"), range(0, 10, 2).count(4))
print(r.index(2), range(10, 0, -3).index(4), range(5).index(2.0))
for e in ["r.index(5)", "r.index(1.5)", "r.index('a')", "len(range(-2**63, 2**63))",
          "range(5)[10**30]", "range(5)[1.0]", "r.index()", "range(1, 2, 0)", "range(1.0)",
          "range(0, 10**20)[::0]", "range(5)['a':]", "range(10**20)[10**21]",
          "list(range(3))[range(1)]"]:
    try:
        print(e, "->", eval(e))
    except Exception as x:
        print(e, "!!", type(x).__name__, x)
big = range(10**20, 10**20 + 10, 3)
print(big, len(big), list(big), big[1], big[-1], big[1:3], big[::-1], list(reversed(big)))
print(10**20 + 3 in big, 10**20 + 4 in big, big.index(10**20 + 6), big.count(10**20))
print(big.start, big.stop, big.step, bool(big), bool(range(10**20, 10**20)))
print(hash(range(10**20)) == hash(range(0, 10**20, 1)), range(10**20) == range(0, 10**20))
print(range(0, 10**20, 3)[::-2], range(2**63, 2**63 + 3)[-1], next(iter(range(2**63, 2**63 + 3))))
print(list(reversed(range(2**63 - 2, 2**63 + 3))))
print(list(range(2**63 - 2, 2**63 - 1, 5)), list(range(-2**63 + 1, -2**63, -7)))
print(list(reversed(range(-2**63, -2**63 + 3))))
h = range(-sys.maxsize, sys.maxsize)
try:
    len(h)
except OverflowError as x:
    print("OverflowError", x)
print(h[sys.maxsize], h[-1], h[2 * sys.maxsize - 1] if False else "", bool(h))
print(range(1, 2**64).__reduce__(), range(5).__reduce__())
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for t in [range(5), range(1, 10**20, 7), range(-3, 4, 2)]:
        assert pickle.loads(pickle.dumps(t, proto)) == t
it = iter(range(7))
next(it); next(it)
print(list(pickle.loads(pickle.dumps(it))))
print(it.__reduce__()[0] is iter)
class I:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
print(list(range(I(2), I(9), I(3))), range(10)[I(3)], range(10)[I(1):I(8):I(2)])
print(list(range(I(10**20), I(10**20 + 2))))
print(sorted({range(3): 1, range(0, 3): 2}.values()))
print(range(0), range(0, 0), range(1, 5) == range(1, 5, 2), range(1, 2) == range(1, 2, 5))
print(repr(reversed(range(3))).split()[0], repr(iter(range(10**20))).split()[0])
