from decimal import Decimal

a, b = Decimal("7.25"), Decimal("-2")
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(-a, +a, abs(b), a ** 2, b ** 3, b ** -2, a ** 0)
print(a + 1, 1 + a, 10 - a, 3 * a, a / 4, 100 / a, 7 // Decimal(2), 7 % Decimal(-2))
print(Decimal(-7) // 2, Decimal(-7) % 2, divmod(Decimal(-7), 2), -7 // 2, -7 % 2)
print(Decimal("1.30") + Decimal("1.20"), Decimal("1.30") * Decimal("1.20"), Decimal("3.00") / 3)
print(Decimal("1e3") + Decimal("1"), Decimal("0.00") + Decimal("1.5"), Decimal("2") / Decimal("0.5"))
print(Decimal(1) / 3, Decimal(2) / 3, Decimal(10) / 4, Decimal("1E+2") / Decimal("1E-2"))
x = Decimal("10")
x += 5
x *= Decimal("1.1")
x -= 1
x /= 2
print(x)
