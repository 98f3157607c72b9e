# new_class, prepare_class and resolve_bases make classes as a class statement does.
import types


class Base:
    greeting = "hi"

    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag


def body(ns):
    ns["value"] = 42
    ns["double"] = lambda self: self.value * 2


Made = types.new_class("Made", (Base,), {"tag": "t1"}, body)
m = Made()
print(Made.__name__, Made.__bases__, Made.value, m.double(), Made.tag, Made.greeting)
Plain = types.new_class("Plain")
print(Plain.__name__, Plain.__bases__)


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return {"prepared": True}


meta, ns, kw = types.prepare_class("X", (), {"metaclass": Meta, "flag": 1})
print(meta.__name__, ns, kw)
print(types.prepare_class("Y"))
WithMeta = types.new_class("WithMeta", (), {"metaclass": Meta})
print(type(WithMeta).__name__, WithMeta.prepared)


class Entry:
    def __mro_entries__(self, bases):
        return (Base,)


print(types.resolve_bases((Entry(), object)))
print(types.resolve_bases((int, str)))
