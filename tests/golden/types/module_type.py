# ModuleType makes module objects a program can fill and import from.
import sys
import types

mod = types.ModuleType("plugins", "Loaded plugins.")
print(mod, mod.__name__, mod.__doc__)
mod.register = lambda name: f"registered {name}"
mod.VERSION = 2
print(mod.register("x"), mod.VERSION)
sys.modules["plugins"] = mod
print(isinstance(mod, types.ModuleType), type(mod) is type(sys))
empty = types.ModuleType("empty")
print(empty.__doc__, hasattr(empty, "anything"))
try:
    types.ModuleType()
except TypeError as e:
    print(e)
try:
    empty.missing
except AttributeError as e:
    print(e)
