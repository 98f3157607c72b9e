import decimal

for name in ["DecimalException", "Clamped", "InvalidOperation", "ConversionSyntax",
             "DivisionByZero", "DivisionImpossible", "DivisionUndefined", "Inexact",
             "InvalidContext", "Rounded", "Subnormal", "Overflow", "Underflow",
             "FloatOperation"]:
    cls = getattr(decimal, name)
    print(name, [c.__name__ for c in cls.__mro__[1:]])
try:
    decimal.Decimal(1) / 0
except ZeroDivisionError as e:
    print("caught as ZeroDivisionError:", repr(e))
try:
    decimal.Decimal("x")
except ArithmeticError as e:
    print("caught as ArithmeticError:", e)
