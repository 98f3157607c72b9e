# A program that installs its own debugger hook: breakpoint() calls sys.breakpointhook.
import os
import sys

print(sys.breakpointhook is sys.__breakpointhook__, sys.breakpointhook.__name__)
calls = []


def my_hook(*args, **kws):
    calls.append((args, kws))
    return "hooked"


sys.breakpointhook = my_hook
print(breakpoint(), breakpoint(1, 2, where="here"))
print(calls)

sys.breakpointhook = sys.__breakpointhook__
os.environ["PYTHONBREAKPOINT"] = "0"
print(breakpoint())
os.environ["PYTHONBREAKPOINT"] = "builtins.len"
print(breakpoint([1, 2, 3]))
os.environ["PYTHONBREAKPOINT"] = "abs"
print(breakpoint(-4))
os.environ["PYTHONBREAKPOINT"] = "no_such_module.hook"
print(breakpoint())

del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print("RuntimeError:", e)
