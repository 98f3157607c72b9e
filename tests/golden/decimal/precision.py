from decimal import Decimal, getcontext

for prec in [1, 3, 9, 28, 50]:
    getcontext().prec = prec
    print(prec, Decimal(1) / 7, Decimal(2).sqrt(), Decimal("123456789") * 3, +Decimal("9.99999"))
