# // and % take the sign of the divisor; a == (a // b) * b + a % b.
for a in [7, -7, 0, 13, -13]:
    for b in [2, -2, 5, -5]:
        q = a // b
        r = a % b
        print(a, b, q, r, q * b + r == a)
print(2**70 // -3, 2**70 % -3)
print(-(2**70) // 3, -(2**70) % 3)
