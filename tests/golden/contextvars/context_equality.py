# Contexts compare by their contents.
import contextvars

v = contextvars.ContextVar("v")
print(contextvars.Context() == contextvars.Context())
c1 = contextvars.copy_context()
c2 = c1.copy()
print(c1 == c2, c1 is c2)
c2.run(v.set, 1)
print(c1 == c2, c1 != c2)
c1.run(v.set, 1)
print(c1 == c2)
print(c1 == 1, c1 != "x")
