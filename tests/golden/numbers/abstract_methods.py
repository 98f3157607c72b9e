import numbers

for cls in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral):
    names = sorted(cls.__abstractmethods__)
    print(cls.__name__, len(names))
    print("   ", ", ".join(names))
