import importlib
import importlib.machinery
import importlib.util
import os
import sys

with open("find_spec_helper_mod.py", "w") as f:
    f.write("VALUE = 41\n")
os.makedirs("find_spec_pkg", exist_ok=True)
with open(os.path.join("find_spec_pkg", "__init__.py"), "w") as f:
    f.write("")
with open(os.path.join("find_spec_pkg", "leaf.py"), "w") as f:
    f.write("LEAF = True\n")
try:
    spec = importlib.util.find_spec("find_spec_helper_mod")
    print(spec.name, os.path.basename(spec.origin), type(spec.loader).__name__)
    print("find_spec_helper_mod" in sys.modules)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    print(m.VALUE)
    pkg = importlib.util.find_spec("find_spec_pkg")
    print(pkg.name, os.path.basename(pkg.origin), pkg.parent,
          [os.path.basename(p) for p in pkg.submodule_search_locations])
    leaf = importlib.util.find_spec("find_spec_pkg.leaf")
    print(leaf.name, os.path.basename(leaf.origin), leaf.parent)
    print("find_spec_pkg" in sys.modules)
    print(importlib.util.find_spec(".leaf", "find_spec_pkg").name)
    print(importlib.util.find_spec("no_such_module_anywhere"))
    print(importlib.util.find_spec("find_spec_pkg.no_such_leaf"))
    try:
        importlib.util.find_spec("find_spec_helper_mod.sub")
    except ModuleNotFoundError as e:
        print("ModuleNotFoundError:", e)
    try:
        importlib.util.find_spec("__main__")
    except ValueError as e:
        print("ValueError:", e)
    print(importlib.util.find_spec("sys").origin, importlib.util.find_spec("sys").loader)
    print(importlib.util.resolve_name(".leaf", "find_spec_pkg"),
          importlib.util.resolve_name("..x", "a.b.c"), importlib.util.resolve_name("abs", None))
    try:
        importlib.util.resolve_name(".x", None)
    except ImportError as e:
        print("ImportError:", e)
    try:
        importlib.util.resolve_name("...x", "a")
    except ImportError as e:
        print("ImportError:", e)
    print(importlib.util.cache_from_source("/tmp/pkg/mod.py"))
    print(importlib.util.cache_from_source("/tmp/pkg/mod.py", optimization=2))
    print(importlib.util.source_from_cache("/tmp/pkg/__pycache__/mod.cpython-311.pyc"))
    print(importlib.util.decode_source(b"a = 1\r\nb = 2\r"))
    print(importlib.util.MAGIC_NUMBER)
    print(importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.BYTECODE_SUFFIXES)
    print(".py" in importlib.machinery.all_suffixes())
    print(importlib.machinery.ModuleSpec("x.y", None))
    print(importlib.machinery.ModuleSpec("x", None, origin="here", is_package=True))
    print(importlib.machinery.ModuleSpec("x.y", None).parent,
          importlib.machinery.ModuleSpec("x", None, is_package=True).parent)
    print(importlib.machinery.ModuleSpec("a", None) == importlib.machinery.ModuleSpec("a", None))
    print(importlib.machinery.BuiltinImporter.find_spec("sys").origin)
    print(importlib.machinery.BuiltinImporter.find_spec("find_spec_helper_mod"))
    print(importlib.machinery.PathFinder.find_spec("find_spec_helper_mod").name)
    print(importlib.machinery.PathFinder.find_spec("nothing_here_at_all"))
finally:
    os.remove("find_spec_helper_mod.py")
    os.remove(os.path.join("find_spec_pkg", "leaf.py"))
    os.remove(os.path.join("find_spec_pkg", "__init__.py"))
    os.rmdir("find_spec_pkg")
