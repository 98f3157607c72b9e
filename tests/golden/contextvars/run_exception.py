# An exception from the callable leaves the context as it was changed, and exits it.
import contextvars

v = contextvars.ContextVar("v", default="start")
ctx = contextvars.copy_context()


def fail():
    v.set("changed")
    raise ValueError("boom")


try:
    ctx.run(fail)
except ValueError as e:
    print("caught", e)
print(ctx[v], v.get())
print(ctx.run(v.get))
