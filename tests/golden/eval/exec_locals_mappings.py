# The locals of exec and eval may be any mapping: a dict subclass or a class of one's own.
class Recorder:
    """A namespace that logs every access."""

    def __init__(self):
        self.data = {}

    def __getitem__(self, key):
        print("  get", key)
        return self.data[key]

    def __setitem__(self, key, value):
        print("  set", key, "=", value)
        self.data[key] = value

    def __delitem__(self, key):
        print("  del", key)
        del self.data[key]

    def keys(self):
        return self.data.keys()


ns = Recorder()
exec("a = 1\nb = a + len('xy')\ndel a\nprint(dir())", {}, ns)
print(ns.data)
print(eval("b * 10", {}, ns))
print(eval("b", {"b": "global"}, Recorder()))


class Defaults(dict):
    def __missing__(self, key):
        return f"<{key}>"


print(eval("greeting + ' ' + name", {}, Defaults(greeting="hi")))
d = Defaults()
exec("x = undefined_name", {}, d)
print(d)


class Upper(dict):
    def __getitem__(self, key):
        return key.upper()


# A dict subclass as globals is the locals too, and read through its methods.
print(eval("abc + def_", Upper()))

for bad in (5, "text"):
    try:
        exec("x = 1", {}, bad)
    except TypeError as e:
        print("exec:", e)
try:
    eval("x", {}, 5)
except TypeError as e:
    print("eval:", e)
try:
    eval("x", [])
except TypeError as e:
    print("eval:", e)
try:
    eval("x", 123)
except TypeError as e:
    print("eval:", e)
try:
    exec("x", Recorder())
except TypeError as e:
    print("exec:", e)
try:
    exec("print('hi')", {"__builtins__": {}}, {})
except NameError as e:
    print("no builtins:", e)
print(eval("len(s)", {"__builtins__": {"len": len}}, {"s": "four"}))
