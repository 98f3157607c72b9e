class Registry(type):
    classes = []

    def __new__(mcs, name, bases, ns, **kw):
        print("new", mcs.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes.append(name)
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
        cls.tag = name.lower()

    def __call__(cls, *args, **kwargs):
        print("call", cls.__name__, args, kwargs)
        obj = super().__call__(*args, **kwargs)
        obj.made_by = "Registry"
        return obj

    def describe(cls):
        return f"<{cls.__name__} tag={cls.tag}>"

    @property
    def upper_name(cls):
        return cls.__name__.upper()


class Base(metaclass=Registry):
    def __init__(self, x=0):
        self.x = x

    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)


class Child(Base, flavor="sweet"):
    def hello(self):
        return super().__class__.__name__


print(type(Base) is Registry, type(Child).__name__, isinstance(Child, Registry), isinstance(Child, type))
print(Registry.classes, Base.tag, Child.tag, Child.describe(), Child.upper_name)
c = Child(5)
print(c.x, c.made_by, type(c).__name__, isinstance(c, Base))
print(Registry.__mro__, Registry.__bases__, type(Registry))


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self):
        print("Config made")
        self.values = {}


a = Config()
b = Config()
print(a is b)

Dyn = Registry("Dyn", (), {"k": 1})
print(type(Dyn).__name__, Dyn.k, Dyn.tag)


class Other(type):
    pass


class O(metaclass=Other):
    pass


try:
    class Mixed(Base, O):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class BadBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)


def factory(name, bases, ns):
    print("factory", name)
    return 42


class NotAClass(metaclass=factory):
    pass


print(NotAClass)
