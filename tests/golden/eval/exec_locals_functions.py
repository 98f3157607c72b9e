# Functions and classes defined by code run with separate globals and locals belong to the
# globals: they do not see the locals (as module-level functions do not see a class body).
g = {"factor": 10}
l = {}
source = """
factor = 2
def scale(x):
    return x * factor

class Shape:
    sides = 0
    name = "shape"
    def describe(self):
        return f"{self.name} with {self.sides} sides, factor {factor}"

class Square(Shape):
    sides = 4
    name = "square"
    area_of_unit = sides * factor

print(scale(3))
print(Square().describe(), Square.area_of_unit)
print(scale.__globals__ is g_ref)
print(Shape.__module__)
squares = [n * n for n in range(4)]
print(squares)
try:
    print([factor for _ in range(2)])
except NameError as e:
    print("comprehension:", e)
"""
g["g_ref"] = g
exec(source, g, l)
print(sorted(l))
print(sorted(k for k in g if not k.startswith("__")))
print(l["scale"].__globals__ is g)

# A function defined there reads globals set later through the dict.
g = {}
l = {}
exec("def get():\n    return setting\n", g, l)
g["setting"] = "on"
print(l["get"]())

# A class body run by exec with locals sees its own names, then the globals.
g = {"unit": "cm"}
l = {"unit": "mm"}
exec("class Ruler:\n    length = 30\n    label = f'{length} {unit}'\n", g, l)
print(l["Ruler"].label)

# globals() and locals() inside functions defined there.
g = {}
l = {}
exec("def show(a):\n    b = a + 1\n    return sorted(locals()), 'show' in globals()\n", g, l)
print(l["show"](1))
