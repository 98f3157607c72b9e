# exec and eval with the builtins: the default, a restricted dict of one's own, an override.
import builtins

ns = {}
exec("x = len('abc')", ns)
print(ns["x"], ns["__builtins__"] is builtins.__dict__)

safe = {"__builtins__": {"len": len, "print": print}}
exec("print('safe', len([1, 2]))", safe)
try:
    exec("open('x')", safe)
except NameError as e:
    print("NameError:", e)

print(eval("abs(-3) + max(1, 2)"))
builtins.DOUBLE = lambda v: v * 2
print(eval("DOUBLE(21)"))
exec("print(DOUBLE('ab'))", {})
print(eval("DOUBLE(4)", {"DOUBLE": lambda v: v * 10}))
exec("assert not isinstance(__builtins__, dict)")
exec("assert isinstance(__builtins__, dict)", {})
print("done")
