# A small report of impedances: complex numbers formatted with digit grouping, and
# complex() of objects whose __complex__ returns a subclass of complex.
import warnings

loads = {
    "motor": 12345.678 + 98765.4321j,
    "heater": 1.5e21 + 3000j,
    "probe": -1234567 - 7654321j,
    "idle": 0.0 + 12345j,
    "fault": complex("inf") + 1234j,
}
for name, z in loads.items():
    print(f"{name:>6} |{z:,.2f}|{z:_}|{z:>40,.1f}|{z:<30_.3e}|{z:^36,}|")
print(format(-0.0 - 12345j, "+,"), format(1234.5 + 0j, ",g"), format(1e20j, ","))
print(format(1.5e20 + 3j, "^40,.2f"), format(12345.5 + 1j, ","))


class Phasor(complex):
    pass


class Measured:
    def __init__(self, z):
        self.z = z

    def __complex__(self):
        return Phasor(self.z)


class Broken:
    def __complex__(self):
        return 3.0


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    z = complex(Measured(2 + 3j))
    print(z, type(z).__name__)
    import cmath
    print(round(abs(cmath.sqrt(Measured(-4))), 6))
for w in caught:
    print(w.category.__name__, w.message)

warnings.simplefilter("error")
try:
    complex(Measured(1j))
except DeprecationWarning as e:
    print("DeprecationWarning:", e)
try:
    complex(Broken())
except TypeError as e:
    print("TypeError:", e)
