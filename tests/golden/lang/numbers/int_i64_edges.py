# Arithmetic at the edges of the 64-bit range overflows into big ints.
a = 9223372036854775807
b = -9223372036854775808
print(a + 1, b - 1)
print(a * a)
print(b // -1, b % -1)
print(-b, abs(b))
print(a * 2 // 2 == a)
print(b * -1 - 1 == a)
print((a + 1) - 1 == a)
print(1 << 63, 1 << 64, -1 << 63)
print((1 << 100) >> 99, -1 >> 100, -5 >> 1)
