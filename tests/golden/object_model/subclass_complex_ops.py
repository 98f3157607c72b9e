# A complex subclass: its value, the operators (which return complex), its own methods.
import cmath

class Phasor(complex):
    """A complex number shown by magnitude and angle."""
    @classmethod
    def polar(cls, r, phi):
        z = cmath.rect(r, phi)
        return cls(z.real, z.imag)

    @property
    def magnitude(self):
        return abs(self)

    def __str__(self):
        return f"{self.magnitude:.3f}∠{cmath.phase(self):.3f}"

p = Phasor(3, 4)
print(p, repr(p), p.real, p.imag, p.magnitude)
print(type(p + 1).__name__, p + 1, p - 1j, p * 2, p / 2, -p, +p, p ** 2)
print(type(p.conjugate()).__name__, p.conjugate(), abs(p), p == 3 + 4j, p != 3)
print(hash(p) == hash(3 + 4j), complex(p), type(complex(p)).__name__)
q = Phasor.polar(2, 0)
print(type(q).__name__, q)
print(Phasor(), Phasor(2), Phasor("1-1j"), Phasor(1.5, -2))
print(isinstance(p, complex), cmath.sqrt(Phasor(-4)))
print(f"{Phasor(1, 2)!r} {Phasor(1, 2):.2f}")

class Tagged(complex):
    def __new__(cls, re=0, im=0, tag=""):
        self = super().__new__(cls, re, im)
        self.tag = tag
        return self

t = Tagged(1, 1, tag="unit")
print(t, t.tag, type(t).__name__, t * t)
try:
    Phasor("nope")
except ValueError as e:
    print("ValueError:", e)
try:
    Phasor(1) < Phasor(2)
except TypeError as e:
    print("TypeError:", e)
try:
    Phasor([])
except TypeError as e:
    print("TypeError:", e)
