# ast.parse raises SyntaxError with CPython's message and position.
import ast

BAD = [
    "x = (1, 2",
    "def f(:\n    pass",
    "if x\n    pass",
    "for = 3",
    "a = 1 +",
    "class C:\nreturn",
    "print 'hello'",
    "x = [1, 2,, 3]",
    "f(**x, *y)",
    "1 = x",
]
for src in BAD:
    try:
        ast.parse(src, filename="user_input.py")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset)
try:
    ast.parse("(x +", mode="eval")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    ast.parse("x", mode="nonsense")
except ValueError as e:
    print(e)
ast.parse("def broken(:\n")
