# Loading plugins from files by path, the way plugin systems do it.
import importlib.util
import os
import sys
import tempfile

folder = tempfile.mkdtemp()
plugin_src = '''
"""A greeting plugin."""
NAME = "greeter"
calls = []

def run(who):
    calls.append(who)
    return f"hello, {who} (from {__name__})"

class Helper:
    def twice(self, x):
        return run(x) + " / " + run(x)
'''
path = os.path.join(folder, "greeter_plugin.py")
with open(path, "w") as f:
    f.write(plugin_src)

spec = importlib.util.spec_from_file_location("plugins.greeter", path)
print(type(spec).__name__, spec.name, spec.origin == path, spec.parent)
print(spec.submodule_search_locations, spec.has_location)
print(type(spec.loader).__name__, spec.loader.name, spec.loader.path == path)
print(spec.cached == os.path.join(folder, "__pycache__", "greeter_plugin.cpython-311.pyc"))
module = importlib.util.module_from_spec(spec)
print(module.__name__, module.__file__ == path, module.__spec__ is spec,
      module.__loader__ is spec.loader, module.__package__)
print(hasattr(module, "run"))
spec.loader.exec_module(module)
print(module.NAME, module.run("ann"), module.calls)
print(module.Helper().twice("bo"), module.calls)
print(module.__doc__)
print(module.run.__module__, module.Helper.__module__)

# Registering it makes it importable by name.
sys.modules["greeter_plugin_alias"] = module
import greeter_plugin_alias
print(greeter_plugin_alias is module)

# A plugin that fails while loading.
bad = os.path.join(folder, "bad_plugin.py")
with open(bad, "w") as f:
    f.write("x = 1\nraise RuntimeError('plugin failed to start')\n")
spec = importlib.util.spec_from_file_location("bad_plugin", bad)
m = importlib.util.module_from_spec(spec)
try:
    spec.loader.exec_module(m)
except RuntimeError as e:
    print("RuntimeError:", e, m.x)

broken = os.path.join(folder, "broken_plugin.py")
with open(broken, "w") as f:
    f.write("def f(:\n    pass\n")
spec = importlib.util.spec_from_file_location("broken_plugin", broken)
try:
    spec.loader.exec_module(importlib.util.module_from_spec(spec))
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, os.path.basename(e.filename))

print(importlib.util.spec_from_file_location("data", os.path.join(folder, "data.txt")))
missing = importlib.util.spec_from_file_location("missing", os.path.join(folder, "nope.py"))
try:
    missing.loader.exec_module(importlib.util.module_from_spec(missing))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)

for name in os.listdir(folder):
    os.remove(os.path.join(folder, name))
os.rmdir(folder)
