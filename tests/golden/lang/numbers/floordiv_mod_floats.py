# Float // and % follow the same sign rules as ints.
for a in [7.5, -7.5, 0.0, 1.0]:
    for b in [2, -2, 0.5, -0.5]:
        print(a, b, a // b, a % b)
print(-0.0 % 5, 0.0 % -5)
print(7 // 2.0, -7 // 2.0, -7 % 2.5, 7 % -2.5)
print(1e300 // 1e-300 == float('inf'))
