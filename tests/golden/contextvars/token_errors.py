# The ways a token can be misused.
import contextvars

x = contextvars.ContextVar("x", default=0)
y = contextvars.ContextVar("y")

t = x.set(1)
x.reset(t)
try:
    x.reset(t)
except RuntimeError as e:
    print("RuntimeError:", str(e).split(" at ")[0])

t = x.set(2)
try:
    y.reset(t)
except ValueError as e:
    print("ValueError:", "different ContextVar" in str(e))

ctx = contextvars.copy_context()
t3 = ctx.run(x.set, 3)
try:
    x.reset(t3)
except ValueError as e:
    print("ValueError:", "different Context" in str(e))

try:
    x.reset("token")
except TypeError as e:
    print("TypeError:", e)

try:
    contextvars.Token()
except RuntimeError as e:
    print("RuntimeError:", e)
print(x.get())
