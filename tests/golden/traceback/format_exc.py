# traceback.format_exc() and print_exc() to a file object, inside an except block.
import sys
import traceback

def divide(a, b):
    if b == 0:
        raise ZeroDivisionError("b must not be zero")
    return a / b

def report(a, b):
    try:
        divide(a, b)
    except ZeroDivisionError:
        return traceback.format_exc()

text = report(1, 0)
print(text, end="")
print("lines:", len(text.splitlines()))
try:
    divide(3, 0)
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)
print(repr(traceback.format_exc()))
