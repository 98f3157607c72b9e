# __import__ called directly: fromlist imports submodules, level resolves against the
# caller's package, and a replaced builtins.__import__ sees every import statement.
import builtins

top = __import__("loaders_pkg.yaml_loader")
print(top.__name__, top.yaml_loader.load("a: 1\nb: 2"))
mod = __import__("loaders_pkg", fromlist=["ini_loader"])
print(mod.__name__, mod.ini_loader.load("[main]\nx=1\n[extra]"))
star = __import__("loaders_pkg", fromlist=["*"])
print(sorted(n for n in vars(star) if not n.startswith("__")))

import loaders_pkg.registry as registry

print(registry.find("yaml")("k: v"), registry.package().__name__)

for args in [("x", None, None, None, -1), ("", None), ("json", "not a dict", None, None, 1),
             ("json", {"__name__": "script"}, None, None, 1),
             ("json", {"__package__": "loaders_pkg"}, None, None, 3)]:
    try:
        __import__(*args)
    except (ValueError, TypeError, ImportError) as e:
        print(type(e).__name__, e)
try:
    __import__("loaders_pkg", fromlist=[1])
except TypeError as e:
    print("TypeError", e)

seen = []
original = builtins.__import__


def tracing_import(name, globals=None, locals=None, fromlist=(), level=0):
    seen.append((name, fromlist, level))
    return original(name, globals, locals, fromlist, level)


builtins.__import__ = tracing_import
try:
    import loaders_pkg.ini_loader
    from loaders_pkg import yaml_loader as y
    print(loaders_pkg.ini_loader.__spec__.name, y.__loader__ is not None)
finally:
    builtins.__import__ = original
print(seen)
