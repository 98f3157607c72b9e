class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __repr__(self):
        return f"{self.v}m"

print(Meters(1) + Meters(2))
print(sum([Meters(1), Meters(2), Meters(3)]))
try:
    Meters(1) + "x"
except TypeError as e:
    print("TypeError:", e)
