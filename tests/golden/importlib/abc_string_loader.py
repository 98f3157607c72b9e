# Modules kept as text in a dict (a plugin store), loaded with an importlib.abc.SourceLoader.
import importlib.abc
import importlib.machinery
import importlib.util
import sys

STORE = {
    "greet": "NAME = 'store'\ndef hello(who):\n    return f'hello {who} from {NAME}'\n",
    "calc": "def double(x):\n    return 2 * x\nTOTAL = double(21)\n",
}


class StoreLoader(importlib.abc.SourceLoader):
    def __init__(self, store):
        self.store = store

    def get_filename(self, fullname):
        return f"<store:{fullname}>"

    def get_data(self, path):
        return self.store[path[len("<store:"):-1]].encode()


loader = StoreLoader(STORE)
for name in STORE:
    spec = importlib.util.spec_from_loader(name, loader, origin=loader.get_filename(name))
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    sys.modules[name] = module

import greet
import calc
print(greet.hello("ann"), calc.TOTAL, greet.__spec__.origin, greet.__loader__ is loader)
print(loader.get_source("calc").splitlines()[0], loader.is_package("calc"))
print(loader.get_code("greet").co_filename)

print(isinstance(loader, importlib.abc.Loader), isinstance(loader, importlib.abc.ExecutionLoader))
print(issubclass(importlib.machinery.SourceFileLoader, importlib.abc.SourceLoader),
      issubclass(importlib.machinery.PathFinder, importlib.abc.MetaPathFinder),
      issubclass(importlib.machinery.FileFinder, importlib.abc.PathEntryFinder))


class Incomplete(importlib.abc.SourceLoader):
    pass


try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)


class Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path, target=None):
        if fullname in STORE:
            return importlib.util.spec_from_loader(fullname, loader)
        return None


f = Finder()
print(f.find_spec("calc", None).name, f.find_spec("nope", None), f.invalidate_caches())
