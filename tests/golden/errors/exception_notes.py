import traceback


def load(path):
    try:
        raise FileNotFoundError(2, "No such file", path)
    except OSError as e:
        e.add_note(f"while loading {path}")
        e.add_note("check the configuration")
        raise


try:
    load("a.cfg")
except OSError as e:
    print(e.__notes__)
    print("".join(traceback.format_exception_only(type(e), e)), end="")
for bad in (5, None):
    try:
        ValueError().add_note(bad)
    except TypeError as e:
        print("TypeError:", e)
e = KeyError("k")
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as t:
    print("TypeError:", t)
print(BaseException.add_note, "add_note" in dir(Exception))
err = RuntimeError("first")
BaseException.add_note(err, "added unbound")
print(err.__notes__)
e = ValueError("multi")
e.__notes__ = ["line one\nline two", 42]
try:
    raise e
except ValueError as x:
    traceback.print_exc(limit=0)
load("b.cfg")
