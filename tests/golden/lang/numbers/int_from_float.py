# int(x) truncates toward zero; infinities and NaN cannot convert.
print(int(3.99), int(-3.99), int(0.5), int(-0.5), int(1e20))
print(int(1e300))
print(int(-2.0**70) == -(2**70))
print(int(True), int(False))
for x in [float('inf'), float('-inf'), float('nan')]:
    try:
        print(int(x))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
