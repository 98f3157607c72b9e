# MappingProxyType: a read-only live view of a dict.
from types import MappingProxyType

settings = {"mode": "fast", "level": 3}
view = MappingProxyType(settings)
print(view, len(view), view["mode"], "level" in view, list(view))
print(view.get("nope"), view.get("nope", 0), list(view.keys()), list(view.values()))
print(list(view.items()), view.copy(), type(view.copy()).__name__)
settings["new"] = 1
print(view["new"], len(view))
print(view == settings, view == {"x": 1})
print(view | {"extra": 2})
print(repr(view), str(view))
try:
    del view["mode"]
except TypeError as e:
    print(e)
try:
    view["mode"] = "slow"
except TypeError as e:
    print(e)
try:
    MappingProxyType([1, 2])
except TypeError as e:
    print(e)
try:
    hash(view)
except TypeError as e:
    print("unhashable")
print(type(view).__name__)
