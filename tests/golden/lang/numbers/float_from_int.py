# float(int) rounds to nearest (ties to even); too large an int is an OverflowError.
print(float(2**53), float(2**53 + 1), float(2**54 + 3), float(2**54 + 2))
print(float(10**308), float(-(10**308)))
print(float(2**1023 + 2**970))
try:
    float(2**1024 - 2**970)
except OverflowError as e:
    print(type(e).__name__, e)
print(float(True), float(False))
try:
    float(10**309)
except OverflowError as e:
    print(type(e).__name__, e)
