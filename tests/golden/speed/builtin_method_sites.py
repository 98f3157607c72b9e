"""Methods of builtin values called from the same places in a program with receivers of
different types: a text report built from lines, lists, tuples, dicts, sets and numbers."""


class Tally:
    """A user object with methods named like the builtin ones."""

    def __init__(self):
        self.items = []

    def count(self, x):
        return -len(self.items)

    def index(self, x, start=0):
        return 100 + start

    def append(self, x):
        self.items.append(("tally", x))


class Words(list):
    def count(self, x):
        return 1000 + super().count(x)


def probe(seq, x):
    # One call site, many receivers: str, list, tuple, bytes, a user object, a list subclass.
    return seq.count(x), seq.index(x)


samples = [
    ("abcabc", "b"),
    ([1, 2, 2, 3], 2),
    ((5, 6, 6), 6),
    (b"xyzzy", b"z"),
    (Tally(), 7),
    (Words(["a", "b", "a"]), "a"),
    ("mississippi", "ss"),
]
for seq, x in samples:
    print(type(seq).__name__, probe(seq, x))


def grow(target, value):
    target.append(value)
    return target


print(grow([1], 2), grow(Tally(), 3).items, grow(Words(), 4), grow(bytearray(b"a"), 98))


def report(lines):
    out = []
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, _, value = line.partition("=")
        out.append(f"{key.strip().upper():<8}|{value.strip().replace('_', ' ')!r}")
        out.insert(0, str(len(out)))
    return out


text = """
# settings
name = corun_project
 mode= fast_path
level =3
"""
for row in report(text.splitlines()):
    print(row)

stack = list(range(6))
total = 0
for i in range(10):
    stack.insert(0, i * 10)
    stack.insert(-1, i)
    stack.insert(100, -i)
    total += stack.pop(0) + stack.pop() + stack.pop(-2)
print(total, stack)

d = {"a": 1}
for k in "abcab":
    d[k] = d.get(k, 0) + 1
    d.setdefault(k * 2, []).append(k)
print(d, d.pop("aa"), d.pop("zz", None), d.fromkeys("xy", 0))

s = {1, 2}
for x in (2, 3, 4):
    s.add(x)
    s.discard(x - 3)
print(sorted(s), s.union({9}), frozenset(s).issubset({1, 2, 3, 4, 9}))

for n in (7, 2**70, -5, 3.75, 1.0):
    print(n.__class__.__name__, n.conjugate(), n.__abs__(), (n).__round__())

# Arguments: evaluation order, errors named after the method, starred and keyword calls.
log = []


def arg(v):
    log.append(v)
    return v


print("a-b-c".split(arg("-"), arg(1)), log)
print("a,b".split(*[","]), "a b c".split(maxsplit=1), "x".center(5, *"*"))
for bad in (lambda: "abc".startswith(), lambda: [].insert(1), lambda: [].pop(1, 2),
            lambda: "abc".replace("a", "b", "c", "d"), lambda: {}.get(),
            lambda: [].pop(), lambda: [1].index(5), lambda: "x".nosuch(1),
            lambda: "abc".startswith(undefined_name), lambda: [].append(1 / 0)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
