# try/except*/else/finally: else runs when nothing was raised; finally always, even when a rest
# propagates; except* inside generators and nested try/except*.
def run(exc):
    try:
        if exc:
            raise exc
        print("  body done")
    except* ValueError as e:
        print("  values", e.exceptions)
    except* TypeError:
        print("  types")
    else:
        print("  else")
    finally:
        print("  finally")

for exc in [None, ValueError(1), ExceptionGroup("g", [TypeError(2), ValueError(3)]),
            ExceptionGroup("h", [KeyError(4), ValueError(5)])]:
    print("case", repr(exc))
    try:
        run(exc)
    except BaseException as e:
        print("  escaped", repr(e))

def gen():
    try:
        yield 1
        raise ExceptionGroup("in gen", [ValueError(1), OSError(2)])
    except* ValueError:
        yield "handled values"

g = gen()
print(next(g))
print(next(g))
try:
    next(g)
except ExceptionGroup as e:
    print("gen rest", repr(e))

try:
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* TypeError as e:
        print("inner types", repr(e))
        try:
            raise e
        except* TypeError as e2:
            print("again", repr(e2))
except* ValueError as e:
    print("outer values", repr(e))
