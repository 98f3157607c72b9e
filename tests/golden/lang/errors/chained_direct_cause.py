# raise ... from e: both tracebacks, joined by "The above exception was the direct cause...".
def convert(s):
    return float(s)


def load(s):
    try:
        return convert(s)
    except ValueError as e:
        raise RuntimeError("config is broken") from e


print(load("1.5"))
load("x")
