# Nested and recursive namespaces, subclasses, and their reprs.
import types

inner = types.SimpleNamespace(x=1, items=[1, 2])
outer = types.SimpleNamespace(inner=inner, name="o")
print(outer)
outer.me = outer
print(outer)


class Config(types.SimpleNamespace):
    def total(self):
        return sum(v for v in vars(self).values() if isinstance(v, int))


c = Config(a=1, b=2, c="x")
print(c, c.total(), isinstance(c, types.SimpleNamespace))
print(c == types.SimpleNamespace(a=1, b=2, c="x"))
print(type(types.SimpleNamespace()).__name__, types.SimpleNamespace.__module__)
