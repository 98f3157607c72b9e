# A metaclass's __prepare__ makes the namespace the class body starts from and the metaclass
# receives.


class Recording(dict):
    def __init__(self, *args):
        super().__init__(*args)
        self.log = []

    def __setitem__(self, key, value):
        self.log.append(key)
        super().__setitem__(key, value)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("prepare", mcls.__name__, name, [b.__name__ for b in bases], sorted(kwargs))
        ns = Recording()
        dict.__setitem__(ns, "helper", lambda x: x * 2)
        return ns

    def __new__(mcls, name, bases, ns, **kwargs):
        print("new", name, type(ns).__name__, ns.log)
        print("keys", [k for k in ns if not k.startswith("__")])
        return super().__new__(mcls, name, bases, dict(ns))

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)


class Base(metaclass=Meta):
    value = helper(21)

    def method(self):
        return self.value


print(Base.value, Base().method(), Base.helper(4))


class Child(Base, flag=True, size=3):
    other = helper(5)


print(Child.other, Child.value, type(Child).__name__)


# a plain dict from __prepare__
class Seeded(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {"seed": 7}


class S(metaclass=Seeded):
    doubled = seed * 2


print(S.seed, S.doubled, type(S).__name__)


# a __prepare__ written as a static method
class Static(type):
    @staticmethod
    def __prepare__(name, bases):
        print("static prepare", name)
        return {}


class St(metaclass=Static):
    pass


print(St.__name__)


# bad input
def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok", r)


class NotMapping(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5


class Raising(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        raise LookupError("no namespace for " + name)


class NoKwargs(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {}


def make_not_mapping():
    class X(metaclass=NotMapping):
        pass


def make_raising():
    class Y(metaclass=Raising):
        pass


def make_kw():
    class Z(metaclass=NoKwargs, extra=1):
        pass


attempt(make_not_mapping)
attempt(make_raising)
attempt(make_kw)
