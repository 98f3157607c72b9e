# Variables, tokens and contexts do not take new attributes.
import contextvars

v = contextvars.ContextVar("v")
t = v.set(1)
for obj, name in [(v, "name"), (v, "other"), (t, "var"), (t, "old_value"),
                  (t, "other"), (contextvars.Context(), "foo")]:
    try:
        setattr(obj, name, 1)
    except AttributeError as e:
        print("AttributeError:", e)
print(v.name, t.var is v)
