# The limit argument keeps the outermost entries (positive) or the innermost (negative).
import traceback

def a():
    b()

def b():
    c()

def c():
    raise ArithmeticError("c failed")

try:
    a()
except ArithmeticError as e:
    for limit in (None, 0, 1, 2, -1, -2, 10):
        print(f"--- limit={limit}")
        print("".join(traceback.format_exception(e, limit=limit)), end="")
