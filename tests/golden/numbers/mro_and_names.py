import numbers

print(numbers.__all__)
for cls in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral):
    print(cls.__name__, cls.__module__, [b.__name__ for b in cls.__mro__], type(cls).__name__)
print(numbers.Integral.__slots__, numbers.Number.__slots__)
