# A small code checker: compiles snippets users submit and reports the SyntaxErrors that
# CPython's compiler and symbol table give (not only the parser's).

SNIPPETS = {
    "debug assign": "__debug__ = False",
    "debug param": "def check(value, __debug__=True):\n    return value",
    "debug keyword": "run(task, __debug__=1)",
    "debug attribute": "settings.__debug__ = 1",
    "debug delete": "del __debug__",
    "debug import": "from config import verbose as __debug__",
    "debug loop": "for __debug__ in range(3):\n    pass",
    "debug handler": "try:\n    work()\nexcept OSError as __debug__:\n    pass",
    "debug capture": "match event:\n    case {'kind': __debug__}:\n        pass",
    "debug lambda": "handler = lambda *__debug__: None",
    "debug class": "class __debug__:\n    pass",
    "debug unpack": "first, *__debug__ = items",
    "walrus tuple": "(low, high) := bounds",
    "walrus rebind": "totals = [n := n * 2 for n in numbers]",
    "walrus nested": "grid = [[(row := c) for c in range(3)] for row in range(3)]",
    "walrus iterable": "pairs = [x for x in (data := load())]",
    "walrus class": "class Report:\n    lines = [(last := line) for line in source]",
    "walrus fine": "if (n := len(items)) > 3:\n    print(n)",
    "walrus in function": "def f(xs):\n    return [(last := x) for x in xs], last",
    "bare except first": "try:\n    step()\nexcept:\n    pass\nexcept ValueError:\n    pass",
}


def nested_tries(depth):
    lines = ["for attempt in range(3):"]
    for level in range(depth):
        lines.append("    " * (level + 1) + "try:")
    lines.append("    " * (depth + 1) + "break")
    for level in reversed(range(depth)):
        lines.append("    " * (level + 1) + "except Exception:")
        lines.append("    " * (level + 2) + "pass")
    return "\n".join(lines)


def nested_withs(depth):
    return "with " + ", ".join(f"open_{i}()" for i in range(depth)) + ":\n    pass"


SNIPPETS["19 nested try"] = nested_tries(19)
SNIPPETS["20 nested try"] = nested_tries(20)
SNIPPETS["20 with items"] = nested_withs(20)
SNIPPETS["21 with items"] = nested_withs(21)

for name, source in SNIPPETS.items():
    try:
        compile(source, f"<{name}>", "exec")
    except SyntaxError as e:
        print(f"{name:20} {e.msg} (line {e.lineno}, column {e.offset})")
    else:
        print(f"{name:20} ok")
