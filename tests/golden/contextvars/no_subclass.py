# The three classes cannot be subclassed.
import contextvars

for base in (contextvars.ContextVar, contextvars.Context, contextvars.Token):
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print("TypeError:", e)
