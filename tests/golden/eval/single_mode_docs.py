"""Module docstring: seen as __doc__."""
import sys
import traceback
import types

print(__doc__)
print(sys.modules[__name__].__doc__)

ns = {}
exec(compile("a = 1; b = 2; a + b\n", "<input>", "single"), ns)
exec(compile("x = [1, 2]; x.append(3); x\n", "<input>", "single"), ns)
exec(compile("if ns_flag: print('yes'); print('also')\n", "<input>", "single"),
     {"ns_flag": True})
for src in ["a = 1\nb = 2\n", "a = 1;\nb = 2\n", "def f():\n    pass\nx = 1\n"]:
    try:
        compile(src, "<input>", "single")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

g = {}
exec('"""Docstring of exec\'d code."""\nvalue = 5\n', g)
print(g["__doc__"], g["value"])
exec("value = 6\n", g)
print(g["__doc__"])

m = types.ModuleType("made_here", "its doc")
print(sorted(k for k in vars(m)), m.__name__, m.__doc__, m.__spec__, m.__loader__)
sys.modules["made_here"] = m
exec("def who():\n    return __name__\nCOUNT = 3\n", m.__dict__)
print(m.who(), m.COUNT)
import made_here
print(made_here.who())

for src in ["def f(:\n", "  x = 1\n", "x = (1,\n", "print 'hi'\n"]:
    try:
        compile(src, "prog.py", "exec")
    except SyntaxError as e:
        lines = traceback.format_exception_only(type(e), e)
        print(lines[0], lines[-1], end="")
e = SyntaxError("custom message", ("where.py", 3, 5, "    bad code here\n", 3, 9))
print("".join(traceback.format_exception_only(SyntaxError, e)), end="")
e = SyntaxError("no location")
print(traceback.format_exception_only(SyntaxError, e))
