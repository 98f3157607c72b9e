# A line repeated more than three times in a row is counted, in format_exception as at the top.
import traceback

def countdown(n):
    if n == 0:
        raise RecursionError("bottom reached")
    countdown(n - 1)

try:
    countdown(8)
except RecursionError as e:
    print("".join(traceback.format_exception(e)), end="")
countdown(5)
