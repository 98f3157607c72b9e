# A bare raise re-raises the exception being handled, unchanged.
def f():
    try:
        [][1]
    except IndexError as e:
        print("handling", repr(e))
        raise


try:
    f()
except IndexError as e:
    print("outer got", repr(e), e.__context__)


def g():
    try:
        raise ValueError("orig")
    except ValueError as first:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        raise


try:
    g()
except ValueError as e:
    print("still the original:", repr(e))
