# A tiny plugin loader: each plugin's source runs by exec in a namespace of its own, named like
# a module; what it defines says which "module" it came from, as pickle and reprs use.
import functools

PLUGINS = {
    "plugins.greet": '''
class Greeter:
    """Says hello."""
    def __init__(self, who):
        self.who = who
    def __repr__(self):
        return f"Greeter({self.who!r})"

def greet(who):
    return f"hello, {who}"
''',
    "plugins.math": '''
def double(x):
    return 2 * x
square = lambda x: x * x
''',
}

loaded = {}
for name, source in PLUGINS.items():
    namespace = {"__name__": name}
    exec(source, namespace)
    loaded[name] = namespace

greet_ns = loaded["plugins.greet"]
print(greet_ns["Greeter"], greet_ns["Greeter"].__module__, greet_ns["Greeter"].__qualname__)
print(greet_ns["greet"].__module__, greet_ns["greet"]("world"))
print(repr(greet_ns["Greeter"]("ada")))
math_ns = loaded["plugins.math"]
for fname in ("double", "square"):
    f = math_ns[fname]
    print(fname, f.__module__, f.__name__, f(7))

# functools.wraps copies the module name along.
@functools.wraps(math_ns["double"])
def logged(x):
    return math_ns["double"](x)
print(logged.__module__, logged.__name__, logged(4))

# A bare namespace has no __name__: functions get None, classes the builtins module's name.
bare = {}
exec("def f(): pass\nclass K: pass\n", bare)
print(bare["f"].__module__, bare["K"].__module__, bare["K"])

# Functions and classes of this script belong to __main__.
def local(): pass
class Local: pass
print(local.__module__, Local.__module__)
