# A class body runs in a real namespace: the dict locals() gives is the namespace itself, and
# a metaclass's __prepare__ mapping sees each name as the body stores it.
import collections

flag = "global"


class Registry:
    locals()["flag"] = "from the namespace"
    seen = flag
    for name in ("red", "green"):
        locals()[name.upper()] = len(name)
    del name


print(Registry.seen, Registry.RED, Registry.GREEN, hasattr(Registry, "name"))


class OrderLog(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        self.order.append(key)
        super().__setitem__(key, value)


class Tracked(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        return OrderLog()

    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns.order if not k.startswith("__")]
        return cls


class Form(metaclass=Tracked):
    """A form whose fields keep their order."""
    title = "text"
    body = "text"
    title = "heading"
    def validate(self):
        return True


print(Form.order, Form.title, Form.__doc__)


class Undefined(dict):
    def __missing__(self, key):
        if key.startswith("auto_"):
            return key[5:]
        raise KeyError(key)


class Auto(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Undefined()

    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))


class Settings(metaclass=Auto):
    host = auto_localhost
    port = len(auto_8080)


print(Settings.host, Settings.port)


class Plain(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return collections.OrderedDict()

    def __new__(mcls, name, bases, ns):
        print(type(ns).__name__, list(ns)[:2])
        return super().__new__(mcls, name, bases, dict(ns))


class Point(metaclass=Plain):
    x = 0
    y = 0


class Bad(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42


try:
    class Broken(metaclass=Bad):
        pass
except TypeError as e:
    print("TypeError:", e)
