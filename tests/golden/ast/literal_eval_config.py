# literal_eval reading settings typed by a user, and what it refuses.
import ast

CONFIG_LINES = [
    "name = 'server-01'",
    "port = 8080",
    "ratio = -0.75",
    "hosts = ['a.example', 'b.example']",
    "limits = {'cpu': 2, 'mem': 4096, 'tags': ('x', 'y')}",
    "flags = {1, 2, 3}",
    "empty = set()",
    "debug = True",
    "nothing = None",
    "signal = 1+2j",
    "offset = -(5)",
    "raw = b'\\x00\\xff'",
    "nested = [[1, [2, 3]], {'k': [None, False]}]",
    "   indented = 'spaces before are fine'",
]

settings = {}
for line in CONFIG_LINES:
    key, _, text = line.partition("=")
    settings[key.strip()] = ast.literal_eval(text.strip())
for key, value in settings.items():
    print(f"{key:8} {type(value).__name__:8} {value!r}")

print(ast.literal_eval("   42"))
print(ast.literal_eval("\t-3.5"))
print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
print(ast.literal_eval(ast.Constant(7)))
