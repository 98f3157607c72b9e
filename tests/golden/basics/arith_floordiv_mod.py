# // and % round toward negative infinity, so the remainder takes the divisor's sign.
for a in [7, -7]:
    for b in [2, -2]:
        print(a, b, a // b, a % b)
print(0 // 5, 0 % 5, 6 // 3, -6 % 3)
