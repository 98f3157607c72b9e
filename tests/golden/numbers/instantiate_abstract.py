import numbers

for cls in (numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral):
    try:
        cls()
    except TypeError as e:
        print(cls.__name__, "->", str(e).split(" with ")[0])
print(numbers.Number())
