# print_exception and print_exc go to stderr by default.
import traceback

def fail():
    raise RuntimeError("went wrong")

try:
    fail()
except RuntimeError as e:
    traceback.print_exception(e)
    traceback.print_exc()
print("done")
