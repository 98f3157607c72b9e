import sys, types

class LazyModule(types.ModuleType):
    """A module whose submodules load on first use."""
    loaded = []

    def __init__(self, name, submodules):
        super().__init__(name, "lazy loader")
        self._subs = set(submodules)

    def __getattr__(self, name):
        if name in self._subs:
            LazyModule.loaded.append(name)
            value = "<sub %s>" % name
            setattr(self, name, value)
            return value
        raise AttributeError(f"module {self.__name__!r} has no attribute {name!r}")

    def __dir__(self):
        return sorted(list(self.__dict__) + list(self._subs))

    @property
    def version(self):
        return "1.0"

m = LazyModule("plugins", ["alpha", "beta"])
print(type(m).__name__, isinstance(m, types.ModuleType), isinstance(m, LazyModule))
print(m.__name__, m.__doc__)
print(m.alpha, m.alpha, LazyModule.loaded)
print(m.version)
try:
    m.gamma
except AttributeError as e:
    print("AttributeError:", e)
try:
    m.version = "2"
except AttributeError as e:
    print("AttributeError:", e)
sys.modules["plugins"] = m
import plugins
print(plugins is m, plugins.beta)
from plugins import alpha
print(alpha)

class Deprecating(types.ModuleType):
    def __getattr__(self, name):
        if name == "old_api":
            print("warning: old_api is deprecated")
            return self.new_api
        raise AttributeError(name)

mod = types.ModuleType("compat")
mod.new_api = lambda: 42
mod.__class__ = Deprecating
print(type(mod) is Deprecating, mod.old_api())
mod.__class__ = types.ModuleType
print(type(mod) is types.ModuleType)
try:
    mod.old_api
except AttributeError as e:
    print(e)
try:
    mod.__class__ = int
except TypeError as e:
    print(e)

class Counting(types.ModuleType):
    def __setattr__(self, name, value):
        print("set", name)
        super().__setattr__(name, value)

c = Counting("counted")
c.x = 1
print(c.x, c.__class__.__name__)
class Plain(types.ModuleType):
    pass
p = Plain("p")
print(repr(p), p.__dict__.keys() >= {"__name__"})
print(Plain.__mro__)
