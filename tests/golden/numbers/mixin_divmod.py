# The Real mixins work on the registered builtins through their own methods.
import numbers

print(numbers.Real.__divmod__(7.5, 2), numbers.Real.__rdivmod__(2.0, 7))
print(numbers.Complex.__sub__(5, 3), numbers.Complex.__rsub__(5, 3))
print(numbers.Rational.__float__(3), numbers.Integral.__index__(True))
print(numbers.Integral.numerator.fget(7), numbers.Integral.denominator.fget(7))
print(numbers.Complex.__bool__(0j), numbers.Complex.__bool__(1j))
