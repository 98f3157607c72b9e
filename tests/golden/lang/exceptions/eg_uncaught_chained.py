# Chained exceptions inside a group, and a group as the cause of another exception.
def leaf(n):
    try:
        return 1 // n
    except ZeroDivisionError as e:
        raise ValueError("bad n") from e

errors = []
for n in [0, 0]:
    try:
        leaf(n)
    except ValueError as e:
        errors.append(e)

try:
    raise ExceptionGroup("leaves", errors)
except ExceptionGroup as eg:
    raise RuntimeError("summary") from eg
