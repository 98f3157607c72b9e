# Ints grow past 64 bits and come back down.
print(2**100)
print(2**64, 2**63, -(2**63))
print(3**200)
n = 1
for i in range(1, 51):
    n = n * i
print(n)
print(n // (2**40), n % 1000003)
big = 10**30
print(big - big + 5, type(big - big + 5).__name__)
print((2**100) // (2**98))
print(-(2**100) // 3, -(2**100) % 3)
print(2**100 == 2**100, 2**100 < 2**101, 2**100 > -(2**200))
