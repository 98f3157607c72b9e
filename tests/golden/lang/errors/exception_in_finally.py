# An exception raised in finally replaces the one in flight; the old one is its context.
def f():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")


try:
    f()
except TypeError as e:
    print("caught", repr(e))
    print("context", repr(e.__context__))
    print("cause", e.__cause__)
    print("suppress", e.__suppress_context__)
