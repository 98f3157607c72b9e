# Functions made by exec'd code belong to that code: their file is "<string>" (or the name
# given to compile()), their line numbers count in the exec'd source, their globals are the
# dict exec was given.
import traceback

PLUGIN = '''
def greet(name):
    return "hello " + name


def broken(x):
    total = 0
    for i in range(x):
        total += 10 // (i - 2)
    return total

counter = 0

def bump():
    global counter
    counter += 1
    return counter
'''

ns = {}
exec(PLUGIN, ns)
greet, broken, bump = ns["greet"], ns["broken"], ns["bump"]
print(greet("exec"))
code = greet.__code__
print(code.co_filename, code.co_firstlineno, broken.__code__.co_firstlineno)
print(greet.__globals__ is ns, bump(), bump())

try:
    broken(5)
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("failed at", tb.tb_frame.f_code.co_filename, tb.tb_lineno, tb.tb_frame.f_code.co_name)
    lines = traceback.format_exception(e)
    print("".join(lines[-2:]), end="")

# compile() names the file.
compiled = compile("def area(w, h):\n    return w * h\n\n\ndef bad():\n    return undefined_name\n",
                   "shapes_plugin", "exec")
shapes = {}
exec(compiled, shapes)
print(shapes["area"](3, 4), shapes["area"].__code__.co_filename)
try:
    shapes["bad"]()
except NameError as e:
    tb = e.__traceback__.tb_next
    print(type(e).__name__, e, tb.tb_frame.f_code.co_filename, tb.tb_lineno)

# An error at the exec'd code's top level is at its own line.
try:
    exec("a = 1\nb = 2\nc = a / (b - 2)\n", {})
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(tb.tb_frame.f_code.co_filename, tb.tb_lineno)
