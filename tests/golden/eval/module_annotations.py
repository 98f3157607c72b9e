# Module-level annotations: __annotations__ exists from the start of a module that annotates
# names, and collects each simple annotated name in order.
__annotations__["first"] = "set by hand"
count: int = 0
name: str
if count == 0:
    flag: bool = True
for i in range(1):
    loop_var: "a forward reference"
try:
    inside_try: float = 1.5
except Exception:
    pass
print(__annotations__)
print("name" in globals(), count, flag)

class Point:
    x: int
    y: int = 0

def f():
    local: int = 5
    return local

print(Point.__annotations__, f(), f.__annotations__)

# Attributes and subscripts are annotated without being recorded.
class Box:
    pass

box = Box()
box.size: int = 3
items = [0]
items[0]: str = "zero"
print(box.size, items, list(__annotations__))

# exec'd code gets its own __annotations__ in the globals it is given.
ns = {}
exec("width: int = 10\nheight: float\n", ns)
print(ns["__annotations__"], ns["width"])
ns2 = {}
exec("plain = 1\n", ns2)
print("__annotations__" in ns2)

# An annotation is evaluated when the statement runs.
try:
    exec("value: undefined_type = 1\n", {})
except NameError as e:
    print("NameError:", e)
