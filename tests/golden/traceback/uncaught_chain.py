# An uncaught chained exception, printed by the interpreter, next to the module's view of it.
import traceback

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("parse failed") from e

try:
    parse("x")
except RuntimeError as e:
    print(traceback.format_exception(e)[-1], end="")
parse("y")
