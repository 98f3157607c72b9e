# DynamicClassAttribute: an attribute on instances that the class leaves to its metaclass.
import types


class Meta(type):
    def __getattr__(cls, name):
        if name == "kind":
            return "class-level kind"
        raise AttributeError(name)


class Item(metaclass=Meta):
    def __init__(self, kind):
        self._kind = kind

    @types.DynamicClassAttribute
    def kind(self):
        "The item's kind."
        return self._kind


print(Item("a").kind, Item("b").kind)
print(Item.__dict__["kind"].__doc__)
