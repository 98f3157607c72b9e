# Frames of exec'd code report lines of the exec'd source.
import sys
import traceback

src = """
import sys
def where():
    frame = sys._getframe()
    return frame.f_code.co_filename, frame.f_lineno, frame.f_code.co_name

line_at_top = sys._getframe().f_lineno


def fail(n):
    if n > 2:
        raise KeyError(n)
    return fail(n + 1)
"""
ns = {}
exec(src, ns)
print(ns["where"](), ns["line_at_top"])
try:
    ns["fail"](0)
except KeyError as e:
    entries = traceback.extract_tb(e.__traceback__)
    print([(fs.filename, fs.lineno, fs.name) for fs in entries[1:]])

code = compile("x = 1\ny = x.missing\n", "config.py", "exec")
try:
    exec(code, {})
except AttributeError as e:
    tb = e.__traceback__.tb_next
    print(tb.tb_frame.f_code.co_filename, tb.tb_lineno, e)

# eval of a multi-line expression reports its own line too.
try:
    eval("(1 +\n 2 +\n undefined_name)")
except NameError as e:
    tb = e.__traceback__.tb_next
    print(tb.tb_frame.f_code.co_filename, tb.tb_lineno, e)
