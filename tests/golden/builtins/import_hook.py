# Tracing imports by replacing builtins.__import__, then a fake module for one name.
import builtins

real_import = builtins.__import__
seen = []


def tracing_import(name, globals=None, locals=None, fromlist=(), level=0):
    # only this script's own imports (library modules import others in their own way)
    if globals is not None and globals.get("__name__") == "__main__":
        seen.append((name, fromlist, level, locals is globals))
    if name == "fancy_lib":
        class FakeLib:
            version = "0.0-test"

            @staticmethod
            def run():
                return "fake run"
        return FakeLib
    return real_import(name, globals, locals, fromlist, level)


builtins.__import__ = tracing_import
try:
    import math
    import os.path
    import os.path as osp
    from json import dumps, loads
    import fancy_lib
    from fancy_lib import version

    def inner():
        import string
        return string.digits

    print(inner())
finally:
    builtins.__import__ = real_import

import collections
print(math.sqrt(16), osp is os.path, dumps([1]), fancy_lib.run(), version)
for entry in seen:
    print(entry)
print("collections" in [n for n, *_ in seen])
builtins.__import__ = lambda *a: "not a module"
import anything
print(anything)
builtins.__import__ = real_import
import sys
print(sys.__name__)
