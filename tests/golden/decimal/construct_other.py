from decimal import Decimal

print(Decimal(), Decimal(0), Decimal(-42), Decimal(10 ** 30), Decimal(True))
print(Decimal((0, (1, 4, 1, 4), -3)), Decimal((1, (5,), 2)), Decimal((0, (), "F")),
      Decimal((1, (1, 2), "n")), Decimal((0, [0, 0], 0)), Decimal([1, (3,), -1]))
print(Decimal(Decimal("1.50")), Decimal(float("nan")), Decimal(float("-inf")))
for bad in [None, 1j, [1, 2], (2, (1,), 0), (0, (10,), 0), (0, (1,), 1.5), (0, (1,), "x"),
            b"1", object()]:
    try:
        Decimal(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    Decimal("1", 5)
except TypeError as e:
    print("TypeError", e)
