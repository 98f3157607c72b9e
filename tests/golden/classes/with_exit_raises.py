class Bad:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise ValueError("from exit")

try:
    with Bad():
        raise KeyError("body")
except ValueError as e:
    print("ValueError:", e, "context:", repr(e.__context__))
