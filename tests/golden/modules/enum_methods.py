from enum import Enum

class Planet(Enum):
    MERCURY = 1
    EARTH = 3

    def describe(self):
        return f"{self.name.title()} is planet #{self.value}"

    @classmethod
    def first(cls):
        return list(cls)[0]

print(Planet.EARTH.describe(), Planet.first())
print({Planet.EARTH: "home"}[Planet.EARTH])
print(f"{Planet.MERCURY}", sorted(Planet, key=lambda p: -p.value))
