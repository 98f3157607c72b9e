# A context cannot be entered twice at once; another one can be entered inside it.
import contextvars

v = contextvars.ContextVar("v", default=0)
ctx = contextvars.copy_context()
other = contextvars.Context()


def inner():
    try:
        ctx.run(v.get)
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])
    v.set(1)
    print("inner", v.get(), other.run(v.get))
    other.run(v.set, 5)
    print(other[v], v.get())


ctx.run(inner)
print(ctx[v], v.get(), other[v])
print(ctx.run(v.get))  # no longer entered: it can be entered again
