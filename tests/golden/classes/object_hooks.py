# Hooks of `object` that classes extend through super(): registries built by
# __init_subclass__, attribute guards with __delattr__, and the smaller builtins around them.
import importlib


class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry[name or cls.__name__.lower()] = cls


class Csv(Plugin, name="csv"):
    pass


class Json(Plugin):
    pass


print(sorted(Plugin.registry))
try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)


class Frozen:
    def __init__(self):
        object.__setattr__(self, "x", 1)
        object.__setattr__(self, "y", 2)

    def __setattr__(self, name, value):
        raise AttributeError(f"{name} is read-only")

    def __delattr__(self, name):
        if name == "x":
            raise AttributeError("x cannot be deleted")
        object.__delattr__(self, name)


f = Frozen()
for action in (lambda: setattr(f, "x", 5), lambda: delattr(f, "x"), lambda: delattr(f, "y"),
               lambda: delattr(f, "y")):
    try:
        action()
        print("done", vars(f))
    except AttributeError as e:
        print("AttributeError:", e)

print(object.__subclasshook__(), Plugin.__subclasshook__(int))
print(object.__init_subclass__(), Json.__init_subclass__())

r = range(2, 20, 3)
print(r.start, r.stop, r.step, range(5).step, range(3, 0, -1).step)
print(__debug__, IOError is OSError)
json = __import__("json")
print(json.dumps([1]), __import__("os.path").path.basename("/a/b.txt"))
print(__import__("os.path", fromlist=["join"]).join("a", "b"))
try:
    __import__("no_such_module_here")
except ImportError as e:
    print(type(e).__name__, e.name)
print(importlib.import_module("json").loads("[2]"))
