# Operators of set/frozenset subclasses return the base type, as CPython's do; methods
# called on them work on their items; in-place operators keep the subclass instance.
class Inventory(set):
    """A set of item names that remembers where it came from."""
    def __init__(self, items=(), source="shop"):
        super().__init__(items)
        self.source = source

    def restock(self, *names):
        self.update(names)
        return self

inv = Inventory(["sword", "shield"], source="smith")
inv.restock("bow", "arrow")
print(sorted(inv), inv.source, len(inv))
for op, r in [("|", inv | {"axe"}), ("&", inv & {"bow", "rope"}), ("-", inv - {"bow"}),
              ("^", inv ^ {"bow", "rope"})]:
    print(op, type(r).__name__, sorted(r))
print(type({"x"} | inv).__name__, type(inv.intersection(["bow"])).__name__)
print(type(inv.difference([])).__name__, type(inv.symmetric_difference([])).__name__)
before = id(inv)
inv -= {"arrow"}
inv &= {"sword", "bow", "shield"}
inv ^= {"lute"}
inv |= {"map"}
print(id(inv) == before, type(inv).__name__, sorted(inv), inv.source)
inv.discard("lute")
inv.remove("map")
print(inv.pop() in {"sword", "bow", "shield"}, len(inv))
inv.clear()
print(inv == set(), bool(inv), inv.source)
print(isinstance(inv, set), issubclass(Inventory, set), Inventory.__mro__[1].__name__)
try:
    Inventory([[1]])
except TypeError as e:
    print("TypeError:", e)
try:
    hash(Inventory())
except TypeError as e:
    print("TypeError:", e)

class Letters(frozenset):
    def __new__(cls, word):
        return super().__new__(cls, word.lower())

    def vowels(self):
        return self & set("aeiou")

w = Letters("Banana")
print(sorted(w), type(w).__name__, sorted(w.vowels()), type(w.vowels()).__name__)
print(w == frozenset("abn"), hash(w) == hash(frozenset("abn")), {w: "ok"}[frozenset("nab")])
print(w <= set("abcn"), w.isdisjoint("xyz"), w.issubset("nabx"))
print(type(w.copy()).__name__, type(w | "z").__name__ if False else type(w | {"z"}).__name__)
print(repr(Letters("a")), str(Letters("")))
print(Letters("aa") in {frozenset("a")})
