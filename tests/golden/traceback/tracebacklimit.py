# sys.tracebacklimit: the interpreter's own reports keep the innermost entries, the traceback
# module the outermost; zero or less shows none.
import sys
import traceback


def inner(n):
    if n == 0:
        raise ValueError("bottom")
    return inner(n - 1)


def outer():
    return inner(5)


for limit in (None, 3, 1, 0, -2):
    if limit is not None:
        sys.tracebacklimit = limit
    try:
        outer()
    except ValueError:
        print("limit", limit)
        text = traceback.format_exc()
        print(text, end="")
        print("stack entries:", len(traceback.extract_stack()))
        print("-- excepthook (stderr) --")
        sys.excepthook(*sys.exc_info())

sys.tracebacklimit = 2
try:
    outer()
except ValueError as e:
    raise RuntimeError("wrapped") from e
