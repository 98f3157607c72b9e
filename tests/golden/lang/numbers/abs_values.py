# abs of ints, floats and bools.
print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(True), abs(False))
print(abs(-(2**100)), abs(-9223372036854775808), abs(float('-inf')))
try:
    abs('a')
except TypeError as e:
    print(type(e).__name__, e)
