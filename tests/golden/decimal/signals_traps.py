# The default traps raise; the others only set flags.
from decimal import (Decimal, getcontext, DivisionByZero, InvalidOperation, Overflow,
                     Inexact, Rounded, DecimalException, localcontext)

tests = ["Decimal(1) / 0", "Decimal(0) / 0", "Decimal(1) % 0", "Decimal(0) % 0",
         "Decimal(5) // 0", "Decimal('abc')", "Decimal('9e999999') * 10", "Decimal(-4).sqrt()",
         "Decimal('inf') - Decimal('inf')", "Decimal('nan') < 1", "Decimal('snan') + 1",
         "Decimal(0) ** 0", "Decimal(10 ** 30) // Decimal('1e-10')", "Decimal(1).quantize(Decimal('1e-30'))"]
for t in tests:
    try:
        print(t, "=", eval(t))
    except DecimalException as e:
        print(t, "raises", type(e).__name__, e.args)
print(sorted(s.__name__ for s, v in getcontext().flags.items() if v))
getcontext().clear_flags()
print(Decimal(1) / 3)
print(sorted(s.__name__ for s, v in getcontext().flags.items() if v))
with localcontext() as ctx:
    ctx.traps[Inexact] = True
    try:
        Decimal(2) / 3
    except Inexact as e:
        print("Inexact trapped:", e, isinstance(e, ArithmeticError))
    print(Decimal(6) / 3)
