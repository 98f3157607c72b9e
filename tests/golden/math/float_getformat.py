# float.__getformat__ tells how the machine stores floats.
print(float.__getformat__("double"), float.__getformat__("float"))
try:
    float.__getformat__("x")
except ValueError as e:
    print(e)
try:
    float.__getformat__(1)
except TypeError as e:
    print(e)
