# Builtin classes match their single positional sub-pattern against the subject itself.
def classify(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(0 | 1 as small):
            return f"small int {small}"
        case int(n):
            return f"int {n}"
        case float(f) if f != f:
            return "nan"
        case float(f):
            return f"float {f}"
        case str("") :
            return "empty string"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case list([x, *_]):
            return f"list starting with {x}"
        case tuple(t):
            return f"tuple of {len(t)}"
        case dict({"k": k}):
            return f"dict with k={k}"
        case set(s) | frozenset(s):
            return f"{type(s).__name__} of {len(s)}"
        case _:
            return "other"


for v in [True, 0, 1, 7, float("nan"), 2.5, "", "hi", b"x", [9, 8], [], (1, 2), {"k": 3},
          {1, 2}, frozenset(), None]:
    print(classify(v))


class MyInt(int):
    pass


class Tagged(int):
    __match_args__ = ("tag", "doubled")
    tag = "t"

    @property
    def doubled(self):
        return self * 2


match MyInt(5):
    case int(x):
        print("subclass matches itself:", x, type(x).__name__)
match Tagged(6):
    case Tagged(r, i):
        print("own __match_args__:", r, i)
