# str.format with keyword arguments, mixed with positional ones.
print("{name} is {age} years old".format(name="Ann", age=30))
print("{0} {x} {1} {x}".format("a", "b", x="X"))
print("{greeting}, {}!".format("world", greeting="Hello"))
try:
    print("{missing}".format(present=1))
except KeyError as e:
    print("KeyError:", e)
