# A plugin loader that keeps the module's globals() dict and reads it as the module goes on.
registry = globals()
alpha = 1
print(registry["alpha"], "alpha" in registry)
beta = 2
print([k for k in registry if k in ("alpha", "beta", "gamma")])
gamma = 3
print(registry.popitem())
try:
    gamma
except NameError as e:
    print("NameError:", e)
del alpha
print("alpha" in registry, registry.get("alpha", "gone"))
for n in range(3):
    pass
print(registry["n"])
try:
    raise ValueError("x")
except ValueError as err:
    print("err" in registry)
print("err" in registry)


def set_global():
    global delta
    delta = 4


set_global()
print(registry["delta"])


def reset(ns=registry, saved=dict(registry)):
    ns.clear()
    try:
        print(beta)
    except NameError as e:
        print("NameError:", e)
    ns.update(saved)


reset()
print(beta, delta, sorted(k for k in registry if not k.startswith("__"))[:4])
