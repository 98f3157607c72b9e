# importlib.import_module: absolute and relative names, the same module object, errors.
import importlib
import json

print(importlib.import_module("json") is json)
pricing = importlib.import_module("shop.pricing")
print(pricing.__name__)
print(importlib.import_module(".pricing", package="shop") is pricing)
print(importlib.import_module("shop").__name__)
for name, package in [("no_such_module", None), (".pricing", None), ("..x", "shop"), ("", None)]:
    try:
        importlib.import_module(name, package)
    except (ImportError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
