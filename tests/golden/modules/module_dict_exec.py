# Code run with exec() in a module's __dict__ defines the module's attributes, and names
# written into vars(module) can be read and imported from it: a plugin loader.
import sys
import types

PLUGIN = '''
VERSION = (1, 2)

def greet(name):
    return f"hello, {name} (plugin {VERSION[0]}.{VERSION[1]})"

class Counter:
    total = 0
'''

plugin = types.ModuleType("plugin")
exec(compile(PLUGIN, "<plugin>", "exec"), plugin.__dict__)
sys.modules["plugin"] = plugin
print(plugin.greet("ada"), plugin.Counter.__module__, hasattr(plugin, "VERSION"))

vars(plugin)["extra"] = 42
from plugin import extra, greet
print(extra, greet("bob"), getattr(plugin, "extra"))

try:
    plugin.missing
except AttributeError as e:
    print(e)
