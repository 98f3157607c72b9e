# literal_eval's errors: each refused input and the message it gets.
import ast

BAD = [
    "os.system('ls')",
    "__import__('os')",
    "x",
    "1 + 2",
    "2 * 3",
    "[1, 2, y]",
    "{'a': f()}",
    "-'text'",
    "1 + 'a'",
    "not True",
    "lambda: 0",
    "(1).real",
    "{**d}",
    "set([1])",
    "3j + 1",
]
for text in BAD:
    try:
        print("accepted?", ast.literal_eval(text))
    except ValueError as e:
        msg = str(e)
        print(f"{text!r:20} -> {msg[:msg.index(' at ')] if ' at ' in msg else msg}")

for text in ["[1, 2", "'open"]:
    try:
        ast.literal_eval(text)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)

try:
    ast.literal_eval(ast.Name("x", ast.Load()))
except ValueError as e:
    print(str(e).split(" at ")[0])
try:
    ast.literal_eval(ast.Dict(keys=[ast.Constant(1)], values=[]))
except ValueError as e:
    print(str(e).split(" at ")[0])
try:
    ast.literal_eval("nope")
except ValueError as e:
    print(repr(e).split(" at ")[0])
