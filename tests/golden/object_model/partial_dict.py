# functools.partial objects carry a __dict__ of their own attributes.
import functools

def power(base, exp):
    return base ** exp

square = functools.partial(power, exp=2)
square.description = "squares a number"
print(square(7), square.description)
print(square.__dict__)
square.__dict__ = {"unit": "m^2"}
print(square.unit, hasattr(square, "description"))
del square.unit
print(square.__dict__)
try:
    del square.unit
except AttributeError as e:
    print("AttributeError:", e)
try:
    del square.__dict__
except TypeError as e:
    print("TypeError:", e)
try:
    square.__dict__ = [1]
except TypeError as e:
    print("TypeError:", e)
try:
    square.func = print
except AttributeError as e:
    print("AttributeError:", e)
print(square.func is power, square.args, square.keywords)
# A partial of a partial keeps the outer one's attributes apart.
cube = functools.partial(square, exp=3)
print(cube(2), cube.__dict__)
