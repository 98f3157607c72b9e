# CPython's messages for wrong arguments.
import contextvars

v = contextvars.ContextVar("v")
attempts = [
    lambda: contextvars.ContextVar(),
    lambda: contextvars.ContextVar("a", 1),
    lambda: contextvars.ContextVar("a", defaul=1),
    lambda: contextvars.ContextVar(42),
    lambda: v.get(1, 2),
    lambda: v.get(default=1),
    lambda: v.set(),
    lambda: v.set(1, 2),
    lambda: v.reset(),
    lambda: contextvars.copy_context().run(),
    lambda: contextvars.copy_context().get(),
    lambda: contextvars.copy_context().get(v, 1, 2),
    lambda: contextvars.Context(1),
    lambda: contextvars.copy_context(1),
    lambda: contextvars.Context().copy(1),
]
for f in attempts:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
