# Binding *args, **kwargs and positional-only parameters.
import inspect


def log(level, /, *messages, sep=" ", **fields):
    pass


sig = inspect.signature(log)
ba = sig.bind("info", "a", "b", sep="-", user="ann", id=7)
print(ba.arguments)
print(ba.args, ba.kwargs)
b2 = sig.bind("debug")
b2.apply_defaults()
print(b2.arguments)
try:
    sig.bind(level="x")
except TypeError as e:
    print("TypeError:", e)
print(sig.bind("x") == sig.bind("x"), sig.bind("x") == sig.bind("y"))
