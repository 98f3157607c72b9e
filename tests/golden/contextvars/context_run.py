# Context.run: changes made inside stay in that context.
import contextvars

var = contextvars.ContextVar("var", default="outer")


def work(label, new):
    print(label, "sees", var.get())
    var.set(new)
    print(label, "set", var.get())
    return new.upper()


ctx = contextvars.copy_context()
print(ctx.run(work, "first", "inner"))
print("outside", var.get())
print(ctx.run(var.get))
print(ctx.run(work, label="kw", new="again"))
print("ctx holds", ctx[var])
print(var.get())
