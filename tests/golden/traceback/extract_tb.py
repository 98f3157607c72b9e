# extract_tb gives FrameSummary objects: name, lineno, line, filename; tuple-like.
import traceback

def level3():
    raise LookupError("deep")

def level2():
    level3()

def level1():
    level2()

try:
    level1()
except LookupError as e:
    stack = traceback.extract_tb(e.__traceback__)
    print(type(stack).__name__, len(stack))
    for fs in stack:
        print(fs.name, fs.lineno, repr(fs.line), fs.filename.endswith("extract_tb.py"))
    name, lineno = stack[-1].name, stack[-1][1]
    print(name, lineno, len(stack[-1]))
    filename, line_no, func, text = stack[0]
    print(func, text)
    print(repr(stack[1]).replace(stack[1].filename, "FILE"))
    print([fs.name for fs in traceback.extract_tb(e.__traceback__, limit=2)])
    print([fs.name for fs in traceback.extract_tb(e.__traceback__, limit=-1)])
