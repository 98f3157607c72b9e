# A small template engine runs user snippets with the settings as globals and a scratch
# namespace as locals: what the snippet binds stays in the scratch space.
settings = {"rate": 0.2, "currency": "EUR"}

snippet = """
net = 100
gross = net * (1 + rate)
label = f"{gross:.2f} {currency}"
print("globals seen:", sorted(k for k in globals() if not k.startswith("__")))
print("locals seen:", sorted(locals()))
print("dir():", dir())
print(len("builtins still work"))
"""
scratch = {}
exec(snippet, settings, scratch)
print("scratch:", scratch)
print("settings keys:", sorted(k for k in settings if k != "__builtins__"))
print("builtins added to globals:", "__builtins__" in settings)

# Locals shadow globals, globals shadow builtins.
g = {"name": "global", "len": lambda s: -1}
l = {"name": "local"}
print(eval("name, len('abc')", g, l))
print(eval("name", g, {}))

# `global` sends a name to the globals; `del` removes from the locals.
g = {}
l = {"temp": 1}
exec("global counter\ncounter = 5\nresult = counter * 2\ndel temp", g, l)
print(g["counter"], l)
try:
    exec("del missing", {}, {})
except NameError as e:
    print("NameError:", e)

# Annotations and a docstring go to the locals.
l = {}
exec('"""A config block."""\nport: int = 8080\nhost: str\n', {}, l)
print(l)

# The name bound by `except ... as` is gone after the handler.
l = {}
exec("try:\n    1 / 0\nexcept ZeroDivisionError as err:\n    kind = type(err).__name__\n", {}, l)
print(l)

# Imports bind in the locals too.
l = {}
exec("import math\nfrom math import sqrt as root\nvalue = root(16)", {}, l)
print(sorted(l), l["value"])

# The same dict as globals and locals is one namespace.
g = {}
exec("def f():\n    return x\nx = 3\ny = f()", g, g)
print(g["y"])
