# A Context is a read-only mapping from variables to values.
import contextvars

a = contextvars.ContextVar("a")
b = contextvars.ContextVar("b", default="B")
c = contextvars.ContextVar("c")
a.set(1)
c.set(3)
ctx = contextvars.copy_context()
print(len(ctx))
print(a in ctx, b in ctx, c in ctx)
print(ctx[a], ctx[c])
print(ctx.get(b), ctx.get(b, "none"), ctx.get(a, "none"))
print(sorted(v.name for v in ctx))
print(sorted(k.name for k in ctx.keys()))
print(sorted(ctx.values()))
print(sorted((k.name, v) for k, v in ctx.items()))
try:
    ctx[b]
except KeyError as e:
    print("KeyError", e.args[0] is b)
for bad in (lambda: ctx["a"], lambda: "a" in ctx, lambda: ctx.get(1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    hash(ctx)
except TypeError as e:
    print("TypeError:", e)
