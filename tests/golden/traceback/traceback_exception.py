# TracebackException: the parts a program reads, and format().
import traceback

class Missing(Exception):
    pass

def lookup(d, key):
    try:
        d.pop(key)
        return None
    except KeyError:
        raise Missing(f"no {key}")

try:
    lookup({}, "user")
except Missing as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te))
    print([f.name for f in te.stack])
    print(te.__context__.exc_type.__name__, te.__cause__)
    print("".join(te.format_exception_only()), end="")
    print("".join(te.format()), end="")
    print("".join(te.format(chain=False)), end="")
    te2 = traceback.TracebackException(type(e), e, e.__traceback__)
    print([f.lineno for f in te2.stack])
