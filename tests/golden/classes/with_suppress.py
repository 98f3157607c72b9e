class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is not None and issubclass(t, self.types):
            print("suppressed", t.__name__, v)
            return True
        return False

with Suppress(KeyError):
    {}["x"]
print("continued")
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("escaped:", e)
