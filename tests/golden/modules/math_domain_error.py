import math

for f, x in [(math.sqrt, -1), (math.log, 0), (math.log, -5), (math.acos, 2), (math.asin, -2)]:
    try:
        f(x)
    except ValueError as e:
        print(f.__name__, type(e).__name__, e)
try:
    math.exp(1000)
except OverflowError as e:
    print("exp", e)
try:
    math.pow(0, -1)
except ValueError as e:
    print("pow", e)
try:
    math.fmod(1, 0)
except ValueError as e:
    print("fmod", e)
print(math.sqrt(-1))
