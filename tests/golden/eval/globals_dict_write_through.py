# Registering settings through globals(): code that reads the names sees them at once.
DEBUG = False
LEVEL = 1


def current():
    return DEBUG, LEVEL


globals()["DEBUG"] = True
print(DEBUG, current())
ns = globals()
ns["LEVEL"] = 5
print(LEVEL, current())
ns.update(LEVEL=6, EXTRA="new")
print(LEVEL, EXTRA, current())
ns.setdefault("MISSING", 0)
print(MISSING)
for name in ["alpha", "beta"]:
    globals()[name.upper()] = len(name)
print(ALPHA, BETA)
del ns["EXTRA"]
try:
    print(EXTRA)
except NameError as e:
    print("NameError:", e)
ns["EXTRA"] = "again"
print(EXTRA)


def make_handler(n):
    globals()[f"handler_{n}"] = lambda: n * 100


for i in range(3):
    make_handler(i)
print(handler_0(), handler_2())
import builtins
builtins.__dict__["shout"] = lambda s: s.upper() + "!"
print(shout("hi"))
del builtins.__dict__["shout"]
