# Parsing measurements from several sources with float(): subclasses of str, bytes and
# bytearray are text too; __float__ may (deprecated) return a float subclass.
import warnings


class Reading(bytes):
    pass


class Raw(bytearray):
    pass


class Label(str):
    def __float__(self):
        return float(str(self)) + 1


class Metres(float):
    pass


class Sensor:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return Metres(self.v)


class Annotated(float):
    def __init__(self, value, unit=None):
        self.unit = unit


for x in [Reading(b"3.25"), Raw(b" -1e3 "), Label("8"), "inf", Reading(b"nan")]:
    print(type(x).__name__, float(x))

try:
    float(Reading(b"abc"))
except ValueError as e:
    print("ValueError:", e)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    v = float(Sensor(2.5))
    print(v, type(v).__name__)
for w in caught:
    print(w.category.__name__, w.message)

a = Annotated(9.81, unit="m/s2")
print(a, a.unit, type(a).__name__)
try:
    Metres(x=1)
except TypeError as e:
    print("TypeError:", e)

# A NaN hashes by identity: two NaNs do not collide as dict keys.
n1, n2 = float("nan"), float("nan")
print(hash(n1) == object.__hash__(n1), hash(n1) == hash(n1))
d = {n1: "first", n2: "second"}
print(len(d), d[n1], d[n2])
