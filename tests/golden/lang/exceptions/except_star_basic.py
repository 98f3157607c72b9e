# except* runs every matching clause once, with the matching part of the group.
def work():
    raise ExceptionGroup("batch", [ValueError("a"), TypeError("b"), ValueError("c")])

try:
    work()
except* ValueError as e:
    print("values:", repr(e))
    print("is a group:", isinstance(e, ExceptionGroup))
except* TypeError as e:
    print("types:", repr(e))
print("after")

try:
    raise ValueError("naked")
except* ValueError as e:
    print("wrapped:", repr(e), repr(e.exceptions[0]))

try:
    raise ExceptionGroup("g", [KeyError(1), OSError("x")])
except* (KeyError, OSError) as e:
    print("tuple:", repr(e))

try:
    try:
        raise ExceptionGroup("g", [KeyError(1), OSError("x")])
    except* KeyError:
        print("keys handled")
except ExceptionGroup as rest:
    print("rest:", repr(rest))
