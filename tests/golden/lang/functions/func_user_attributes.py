# Attributes a program sets on functions: counters, __wrapped__, __dict__, __doc__, __module__.
def counted(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    wrapper.__wrapped__ = fn
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper

@counted
def add(a, b):
    "Add two numbers."
    return a + b

print(add(1, 2), add(3, 4), add.calls)
print(add.__name__, add.__doc__, add.__wrapped__(10, 20), add.__wrapped__.__name__)
print(add.__dict__)
add.__dict__["tag"] = "x"
print(add.tag, hasattr(add, "tag"), hasattr(add, "nope"), getattr(add, "nope", 5))
print(add.__module__)
add.__module__ = "elsewhere"
print(add.__module__)

def g():
    pass
print(g.__dict__, g.__doc__)
for name in ["nope", "__self__"]:
    try:
        getattr(g, name)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    g.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
g.__dict__ = {"fresh": 1}
print(g.fresh)
