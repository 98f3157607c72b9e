# Arithmetic between complex, int, float and bool.
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, b / a)
print(a + 1, 1 + a, a - 2.5, 2.5 - a, a * 2, 2 * a, a * True, a / 2, 2 / a)
print(-a, +a, a == 3 + 4j, a != b, a == (3 + 4j) * 1)
print(1j * 1j, 1j ** 2, (1 + 1j) ** 8, (2 + 0j) * (0.5 + 0j))
x = 1 + 1j
x += 1
x *= 2j
x -= 0.5
x /= 1 - 1j
print(x)
print(sum([1j, 2, 3.5, -1j]), sum((1 + 1j for _ in range(10)), 0j))
print(10**20 + 1j, (10**20 + 1j) - 10**20)
print((1e308 + 1e308j) * 10, (1e-320 + 1j) / 1e10)
print(0.1 + 0.2j + 0.3, (0.1 + 0.2j) * 3)
