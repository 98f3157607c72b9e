# class C(*bases, **options): bases unpacked, keywords from a mapping (metaclass included).
bases = (dict,)
class A(*bases):
    pass
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.options = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
opts = {"metaclass": Meta, "color": "red"}
class B(A, **opts):
    pass
print(A.__bases__, B.__mro__, B.options, type(B).__name__)
class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append((cls.__name__, name))
more = {"name": "csv"}
class CsvPlugin(*[Plugin], **more):
    pass
print(Plugin.registry)
class Multi(*(int,), *()):
    pass
print(Multi.__mro__, Multi(5) + 1)
try:
    class Bad(**{"name": 1, **{1: 2}}):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(Plugin, name="a", **{"name": "b"}):
        pass
except TypeError as e:
    print("TypeError:", e)
