import os
import sys


def where(frame):
    code = frame.f_code
    return f"{code.co_name} at {os.path.basename(code.co_filename)}:{frame.f_lineno}"


def inner(x, y=2):
    total = x + y
    me = sys._getframe()
    caller = sys._getframe(1)
    print("me:", where(me))
    print("caller:", where(caller))
    print("caller is me.f_back:", caller is me.f_back)
    print("locals:", sorted(me.f_locals.items(), key=lambda kv: kv[0] != "x"))
    print("globals name:", me.f_globals["__name__"])
    return total


def outer():
    marker = "outer-local"
    return inner(40)


print("result:", outer())
top = sys._getframe()
print("top:", where(top), top.f_back)
print("module locals are globals:", top.f_locals is globals())
print(type(top).__name__)
try:
    sys._getframe(50)
except ValueError as e:
    print("ValueError:", e)
print(sys._getframe(0) is sys._getframe())
