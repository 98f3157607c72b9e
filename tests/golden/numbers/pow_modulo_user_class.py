# Three-argument pow() hands the modulus to a class's own __pow__.
class Mod:
    def __init__(self, v):
        self.v = v

    def __pow__(self, exp, mod=None):
        if mod is None:
            return Mod(self.v ** exp)
        return Mod(pow(self.v, exp, mod))

    def __repr__(self):
        return f"Mod({self.v})"


class NoMod:
    def __pow__(self, exp):
        return "two-argument"


print(pow(Mod(3), 4), pow(Mod(3), 4, 5), pow(Mod(2), 100, 1000), Mod(2) ** 3)
print(pow(NoMod(), 2))
try:
    pow(NoMod(), 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(object(), 2, 3)
except TypeError as e:
    print("TypeError:", e)
