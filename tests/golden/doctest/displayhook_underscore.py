# Doctests that use `_`, and a program that installs its own sys.displayhook.
import builtins
import doctest
import sys


def running_total():
    """
    >>> 1 + 2
    3
    >>> _ * 10
    30
    >>> total = _ + 5
    >>> total
    35
    >>> None
    >>> _
    35
    """


print(doctest.run_docstring_examples(running_total, {}, verbose=False))
print(sys.displayhook is sys.__displayhook__, callable(sys.displayhook))

shown = []


def quiet_hook(value):
    if value is not None:
        shown.append(value)


sys.displayhook = quiet_hook
for line in ("6 * 7", "None", "'text'"):
    exec(compile(line + "\n", "<input>", "single"))
print(shown)

# While the hook is replaced, doctest still shows values the standard way.
print(doctest.run_docstring_examples(running_total, {}, verbose=False))
sys.displayhook = sys.__displayhook__

exec(compile("[1, 2]\n", "<input>", "single"))
print(builtins._)
sys.__displayhook__(None)
print(builtins._)
sys.__displayhook__({"k": 1})
print(builtins._)

del sys.displayhook
try:
    exec(compile("1\n", "<input>", "single"))
except RuntimeError as e:
    print("RuntimeError:", e)
