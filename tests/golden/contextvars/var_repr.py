# Reprs of variables, tokens and the MISSING marker.
import contextvars

a = contextvars.ContextVar("a")
b = contextvars.ContextVar("b", default=[1, 2])
c = contextvars.ContextVar("c", default=None)
print(repr(a))
print(repr(b))
print(repr(c))
t = a.set(1)
print(repr(t))
a.reset(t)
print(repr(t))
print(repr(contextvars.Token.MISSING))
print(t.MISSING is contextvars.Token.MISSING)
print(type(a), type(t), type(contextvars.copy_context()))
print(contextvars.ContextVar.__module__, contextvars.Context.__name__)
print(contextvars.__all__)
