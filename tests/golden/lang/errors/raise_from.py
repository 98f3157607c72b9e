# raise ... from ... sets __cause__ and __suppress_context__.
def load(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise LookupError(f"no {k}") from e


try:
    load({}, "x")
except LookupError as e:
    print(repr(e))
    print(repr(e.__cause__), repr(e.__context__))
    print(e.__suppress_context__)
    print(e.__cause__ is e.__context__)
