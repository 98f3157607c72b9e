from contextlib import contextmanager

@contextmanager
def guarded(name):
    print("acquire", name)
    try:
        yield
    except KeyError as e:
        print("handled in generator:", e)
    finally:
        print("release", name)

with guarded("a"):
    raise KeyError("k")
print("after a")
try:
    with guarded("b"):
        raise ValueError("v")
except ValueError as e:
    print("escaped:", e)
