print({(1, 2), (3, 4), (2, 1), ()})
s = {(i, j) for i in range(3) for j in range(3)}
print(s)
print((1, 2) in s, (5, 5) in s)
