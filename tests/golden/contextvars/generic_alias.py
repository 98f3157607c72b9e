# ContextVar[...] and Token[...] for type hints.
import contextvars

print(contextvars.ContextVar[int])
print(contextvars.Token[str])
counter: contextvars.ContextVar[int] = contextvars.ContextVar("counter", default=0)
counter.set(counter.get() + 1)
print(counter.get())
