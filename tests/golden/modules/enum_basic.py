from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(2), Color["BLUE"], Color.GREEN is Color(2))
print(list(Color), len(Color))
print(Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED))
print(Color.RED == Color.RED, Color.RED != Color.BLUE, Color.RED == 1)
