# PEP 646's syntax: a starred annotation on *args, and starred items in subscripts.
class Shape:
    """Stands in for a TypeVarTuple: unpacking it gives one marker."""

    def __init__(self, name):
        self.name = name

    def __iter__(self):
        yield f"*{self.name}"


Ts = Shape("Ts")


def collect(*args: *Ts) -> tuple:
    return args


async def gather_all(first: int, *rest: *Shape("Rest")):
    return first, rest


print(collect(1, 2, 3), collect.__annotations__)
print(gather_all.__annotations__)


class Grid:
    def __getitem__(self, key):
        return key

    def __setitem__(self, key, value):
        print("set", key, "=", value)

    def __delitem__(self, key):
        print("del", key)


g = Grid()
dims = (2, 3)
print(g[*dims])
print(g[0, *dims])
print(g[*dims, 1:4])
print(g[*dims, *range(2)])
g[*dims] = "cell"
del g[*dims, 9]

for bad in ([1, 2], [], 5):
    try:
        def f(*args: *bad):
            pass
    except (ValueError, TypeError) as e:
        print(repr(bad), "->", type(e).__name__, e)

for src in ["def f(x: *T): pass", "def f(**k: *T): pass", "def f(*a: *T, b: *U): pass",
            "x: *T = 1", "def f() -> *T: pass", "def f(*a: *T): pass"]:
    try:
        compile(src, "<s>", "exec")
        print("compiles:", src)
    except SyntaxError as e:
        print(src, "->", e.msg)
