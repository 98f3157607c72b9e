# What programs read from the exceptions they catch: errno and filename of an OSError, the name
# of a missing module, the value a generator returned, a SyntaxError's place.
import os


def read_config(path):
    try:
        with open(path) as f:
            return f.read()
    except FileNotFoundError as e:
        print("missing:", e.errno, e.strerror, e.filename)
        print("str:", e)
        print("args:", e.args)
        return None
    except OSError as e:
        print("other OSError", e.errno)


read_config("/no/such/dir/app.ini")

for args in [(2, "No such file or directory"), (13, "Permission denied", "secret.txt"),
             (17, "File exists", "a", None, "b"), (111, "Connection refused"), (999, "odd"),
             ("just a message",), ()]:
    e = OSError(*args)
    print(type(e).__name__, repr(str(e)), e.errno, e.strerror, e.filename, e.filename2)

print(isinstance(OSError(2, "x"), FileNotFoundError), type(FileNotFoundError(13, "x")).__name__)
print(IOError is OSError, EnvironmentError is OSError)


class ConfigError(OSError):
    pass


c = ConfigError(5, "Input/output error", "disk.img")
print(type(c).__name__, c.errno, c, c.filename)
c.errno = 99
print(c.errno)

for mod in ["surely_not_a_module", "another.missing.pkg"]:
    try:
        __import__(mod) if "." not in mod else exec(f"import {mod}")
    except ModuleNotFoundError as e:
        print(type(e).__name__, e.name, e.msg, e.path)

e = ImportError("cannot import thing", name="pkg", path="/x/pkg.py")
print(e, e.name, e.path, e.msg)
try:
    ImportError("x", bogus=1)
except TypeError as err:
    print(err)

e = NameError("name 'q' is not defined", name="q")
print(e.name, NameError("x").name)
e = AttributeError("no", name="attr", obj=42)
print(e.name, e.obj, AttributeError("plain").name)
try:
    KeyError("k", name="n")
except TypeError as err:
    print(err)


def gen():
    yield 1
    return "finished"


g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("returned", e.value, e.args)


class Done(StopIteration):
    pass


print(Done("v").value, Done().value, StopIteration().value)
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)

try:
    compile("x = (1,\n", "<cfg>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)

s = SyntaxError("invalid thing", ("prog.py", 3, 5, "a b c\n", 3, 6))
print(s, s.msg, s.filename, s.lineno, s.offset, repr(s.text), s.end_lineno, s.end_offset)
print(SyntaxError("bare").lineno, str(SyntaxError("bare")))

u = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")
print(u, "|", u.encoding, u.object, u.start, u.end, u.reason)
try:
    b"ok \xe9".decode("ascii")
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.reason)


class AppError(KeyError):
    pass


print(str(AppError("missing")), str(KeyError("k")), str(KeyError("a", "b")))
