# A metaclass's special methods act on its classes: len(), iteration, `in`, indexing,
# reversed(), repr()/str(), attribute assignment and deletion, dir().


class Registry(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls._items = [k for k in ns if not k.startswith("_")]
        return cls

    def __len__(cls):
        return len(cls._items)

    def __iter__(cls):
        return iter(cls._items)

    def __reversed__(cls):
        return reversed(cls._items)

    def __contains__(cls, name):
        return name in cls._items

    def __getitem__(cls, name):
        if name not in cls._items:
            raise KeyError(name)
        return getattr(cls, name)

    def __repr__(cls):
        return f"<registry {cls.__name__} of {len(cls)}>"

    def __str__(cls):
        return f"registry {cls.__name__}"

    def __setattr__(cls, name, value):
        if name.isupper():
            raise AttributeError(f"{cls.__name__}.{name} is read-only")
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        print("deleting", name)
        super().__delattr__(name)

    def __dir__(cls):
        return ["zeta", "alpha"] + list(cls._items)


class Colors(metaclass=Registry):
    RED = "#f00"
    GREEN = "#0f0"
    note = "plain"


print(len(Colors), list(Colors), list(reversed(Colors)))
print("RED" in Colors, "BLUE" in Colors, Colors["GREEN"])
print(repr(Colors), str(Colors), f"{Colors}", "%r" % (Colors,), [Colors])
try:
    Colors.RED = "#e00"
except AttributeError as e:
    print("AttributeError:", e)
Colors.extra = 1
print(Colors.extra, Colors.RED)
del Colors.extra
print(hasattr(Colors, "extra"))
print(dir(Colors))
try:
    Colors["BLUE"]
except KeyError as e:
    print("KeyError:", e)


class Plain:
    pass


class Sub(Plain):
    pass


print(repr(Plain), Sub.__qualname__, "__qualname__" in Plain.__dict__)
Dyn = type("Dyn", (Plain,), {"x": 1})
print(Dyn.__qualname__, Dyn.__name__, Dyn.x)
try:
    len(Plain)
except TypeError as e:
    print("TypeError:", e)
