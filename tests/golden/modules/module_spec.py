# Where each module came from, as a plugin loader reports it: spec, loader, cached file.
import os
import sys
import importlib
import importlib.util

import helper_greetings
import shop
import shop.pricing

HERE = os.path.dirname(os.path.abspath(__file__))


def rel(path):
    return None if path is None else os.path.relpath(path, HERE)


def describe(mod):
    spec = mod.__spec__
    print(f"{mod.__name__}:")
    print(f"  spec name={spec.name!r} parent={spec.parent!r} has_location={spec.has_location}")
    print(f"  origin={rel(spec.origin)} cached={rel(spec.cached)}")
    print(f"  package={spec.submodule_search_locations is not None}",
          [rel(p) for p in spec.submodule_search_locations or []])
    print(f"  loader={type(mod.__loader__).__name__} same={mod.__loader__ is spec.loader}")
    print(f"  __cached__={rel(mod.__cached__)} file={rel(mod.__file__)}")


for m in (helper_greetings, shop, shop.pricing):
    describe(m)

# The script itself: run as a file, it has a loader but no spec.
print("main spec:", __spec__, sys.modules["__main__"].__spec__)
print("main loader:", type(__loader__).__name__, __loader__.name, rel(__loader__.path))
print("main cached:", __cached__)
print("main names:", [k for k in globals() if k.startswith("__")])
print("module names:", [k for k in vars(helper_greetings) if k.startswith("__")])
print("package names:", [k for k in vars(shop) if k.startswith("__")])

# Builtin modules say so.
print(sys.__spec__, sys.__loader__)
print(sys, repr(helper_greetings).replace(HERE, "HERE"))
print(__builtins__.__spec__.origin if hasattr(__builtins__, "__spec__") else "dict")

# find_spec answers with the spec the module has, and a reload keeps it.
print(importlib.util.find_spec("shop.pricing") is shop.pricing.__spec__)
again = importlib.reload(helper_greetings)
print(again is helper_greetings, again.__spec__.name)

# A module the program makes has none until it is given one.
import types
fresh = types.ModuleType("fresh")
print(fresh.__spec__, fresh.__loader__, list(vars(fresh)))
fresh.__spec__ = importlib.util.spec_from_loader("fresh", loader=None)
print(fresh.__spec__)

# A program may replace them; its value stays.
shop.pricing.__loader__ = "custom"
print(shop.pricing.__loader__, shop.pricing.__spec__.name)

# Modules missing an attribute are named by their __name__.
try:
    helper_greetings.nothing_here
except AttributeError as e:
    print(e)
del fresh.__name__
try:
    fresh.nothing_here
except AttributeError as e:
    print(e)
