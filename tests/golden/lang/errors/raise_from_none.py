# raise ... from None hides the context but keeps it reachable.
def f():
    try:
        int("abc")
    except ValueError:
        raise RuntimeError("bad number") from None


try:
    f()
except RuntimeError as e:
    print(repr(e), e.__cause__, e.__suppress_context__)
    print(type(e.__context__).__name__)
