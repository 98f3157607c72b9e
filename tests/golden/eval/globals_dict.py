# globals() as a dict: reading module names, adding new ones, looking them up by name.
import sys

counter = 0


def bump():
    global counter
    counter += 1


bump()
bump()
g = globals()
print(g["counter"], "bump" in g, g["__name__"], type(g).__name__)
print(globals() is globals())


def make_constants(**values):
    for name, value in values.items():
        globals()[name.upper()] = value


make_constants(width=80, height=24)
print(WIDTH, HEIGHT)


def lookup(name):
    return globals().get(name, "missing")


print(lookup("WIDTH"), lookup("nothing"))
print(sorted(k for k in globals() if k.isupper()))
registry = {}
for fname in ["alpha", "beta"]:
    exec(f"def {fname}():\n    return '{fname} called'")
    registry[fname] = globals()[fname]
print([f() for f in registry.values()])
