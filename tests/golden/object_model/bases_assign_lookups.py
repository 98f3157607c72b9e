# After a class's bases change, every kind of look-up sees the new hierarchy: operators,
# class attributes, properties, isinstance, and instances made before the change.
class Meters:
    unit = "m"
    def __add__(self, other):
        return f"{self.value}{self.unit} + {other.value}{other.unit}"
    @property
    def label(self):
        return f"{self.value} {self.unit}"

class Feet:
    unit = "ft"
    def __add__(self, other):
        return "cannot add feet"
    @property
    def label(self):
        return f"{self.value} feet"

class Length(Meters):
    def __init__(self, value):
        self.value = value

class Road(Length):
    pass

a, b = Road(3), Road(4)
results = []
for step in range(4):
    if step == 2:
        Length.__bases__ = (Feet,)
    results.append((a + b, a.label, Road.unit, isinstance(a, Meters), isinstance(a, Feet)))
for r in results:
    print(r)
print([k.__name__ for k in Road.__mro__])

# Adding a base that defines __eq__, __hash__ and __len__.
class Sized:
    def __len__(self):
        return 42
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__

class Thing:
    pass

class Gadget(Thing):
    pass

g = Gadget()
print(g == 1, bool(g))
Gadget.__bases__ = (Sized,)
print(len(g), g == 1, bool(g))
