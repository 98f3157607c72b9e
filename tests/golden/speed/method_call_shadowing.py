# Method calls on instances of user classes, with the cases where what `obj.name(...)` finds
# changes after calls were made: an instance attribute shadowing the method, the class's
# method replaced, a method added to a class whose instances already hold that name, and
# classes with many methods called in turn.


class Counter:
    def __init__(self, start):
        self.total = start

    def step(self, n):
        self.total += n
        return self.total

    def describe(self):
        return f"Counter({self.total})"


c = Counter(0)
for i in range(50):
    c.step(i)
print("after loop", c.describe())

# An instance attribute named like the method, after the method was called many times.
c.step = lambda n: f"shadowed step {n}"
print(c.step(7))
other = Counter(100)
print("other instance still calls the method:", other.step(1))
del c.step
print("after del:", c.step(5))

# A name no object held before, written through setattr, then through the __dict__.
setattr(c, "describe", lambda: "shadowed describe via setattr")
print(c.describe())
del c.describe
print(c.describe())
c.__dict__["describe"] = lambda: "shadowed describe via __dict__"
print(c.describe())
del c.__dict__["describe"]
print(c.describe())
vars(c).update(step=lambda n: n * 1000)
print("vars update:", c.step(3))
del c.step

# A non-callable attribute shadowing a method.
c.step = 42
try:
    c.step(1)
except TypeError as e:
    print("TypeError:", e)
del c.step
print("restored:", c.step(1))


# The class's method replaced after calls were made; a subclass sees the new one.
class Shape:
    def area(self):
        return 0

    def name(self):
        return "shape"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


s = Square(3)
plain = Shape()
for _ in range(20):
    s.area()
    s.name()
    plain.area()
print(s.area(), s.name(), plain.area())
Shape.name = lambda self: "renamed " + type(self).__name__
Square.area = lambda self: self.side * 4
print(s.area(), s.name(), plain.name())
del Square.area
print("inherited again:", s.area())
Shape.area = lambda self: -1
print("base replaced:", s.area(), plain.area())


# A method added to a class whose instance already holds an attribute of that name: the
# instance's attribute wins, a fresh instance gets the method.
class Late:
    def __init__(self):
        self.greet = "instance value"


late = Late()
print(late.greet)
Late.greet = lambda self: "method added later"
print(late.greet)
try:
    late.greet()
except TypeError as e:
    print("TypeError:", e)
fresh = Late.__new__(Late)
print(fresh.greet())
del late.greet
print(late.greet())


# Many methods, called in turn, so that their names share the look-up entries of the class.
names = [f"m{i}" for i in range(100)]
ns = {n: (lambda k: lambda self, x: x + k)(i) for i, n in enumerate(names)}
Many = type("Many", (), ns)
obj = Many()
total = 0
for rnd in range(3):
    for i, n in enumerate(names):
        total += getattr(obj, n)(rnd)
print("many methods total:", total)


class Wide:
    pass


for i in range(70):
    setattr(Wide, f"w{i}", (lambda k: lambda self: k)(i))
w = Wide()
src = "\n".join(f"acc += w.w{i}()" for i in range(70))
acc = 0
for _ in range(3):
    exec(src)
print("wide calls:", acc)
w.w5 = lambda: "shadow w5"
w.w69 = lambda: "shadow w69"
print(w.w5(), w.w69(), w.w6(), w.w68())
Wide.w6 = lambda self: "replaced w6"
print(w.w6(), Wide().w5())


# A subclass instance shadowing an inherited method; the base's instances are unaffected.
class Base:
    def run(self):
        return "Base.run"


class Child(Base):
    pass


kid, base = Child(), Base()
for _ in range(10):
    kid.run()
kid.run = lambda: "kid's own run"
print(kid.run(), base.run(), Child().run())


# Slotted instances: a method name is read-only on them.
class Slotted:
    __slots__ = ("v",)

    def get(self):
        return self.v


sl = Slotted()
sl.v = 9
print(sl.get())
try:
    sl.get = lambda: 0
except AttributeError as e:
    print("AttributeError:", e)
print(sl.get())
