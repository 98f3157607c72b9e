# Which builtin values are which ABC, as a table.
from collections import abc, deque, OrderedDict, Counter, defaultdict

values = {
    "list": [], "tuple": (), "str": "", "bytes": b"", "bytearray": bytearray(),
    "dict": {}, "set": set(), "frozenset": frozenset(), "range": range(3), "int": 1,
    "float": 1.5, "None": None, "deque": deque(), "OrderedDict": OrderedDict(),
    "Counter": Counter(), "defaultdict": defaultdict(int), "keys": {}.keys(),
    "values": {}.values(), "items": {}.items(), "list_iter": iter([]), "func": len,
    "type": int, "gen": (x for x in ()),
}
abcs = ["Iterable", "Iterator", "Sized", "Container", "Collection", "Sequence",
        "MutableSequence", "Mapping", "MutableMapping", "Set", "MutableSet", "Hashable",
        "Callable", "Reversible", "Generator", "ByteString"]
for name, v in values.items():
    row = "".join("x" if isinstance(v, getattr(abc, a)) else "." for a in abcs)
    print(f"{name:12} {row}")
