# A retry loop that wraps each failure in the next one keeps a long chain of exceptions
# (__cause__ and __context__). Formatting the whole chain must work however long it is.
import traceback


class StepFailed(Exception):
    pass


def attempt(n):
    try:
        raise ValueError(f"attempt {n} failed")
    except ValueError as e:
        return e


last = None
for n in range(1, 60001):
    e = StepFailed(f"step {n}")
    if n % 3 == 0:
        e.__cause__ = last
    elif n % 3 == 1:
        e.__context__ = last
    else:
        e.__context__ = last
        e.__suppress_context__ = n == 5
    last = e
# The newest step also met a ValueError, raised while the chain before it was handled.
first = attempt(0)
first.__context__ = last.__context__
last.__context__ = first

lines = traceback.format_exception(last)
text = "".join(lines)
print("entries:", len(lines))
print("direct causes:", text.count("direct cause"))
print("during handling:", text.count("During handling"))
print("".join(lines[:3]), end="")
print("".join(lines[-6:]), end="")
print("".join(traceback.format_exception(last, chain=False)), end="")
