# A while loop with a counter and an accumulator.
n = 0
total = 0
while n < 5:
    n += 1
    total = total + n * n
    print("n =", n, "total =", total)
print("done", n, total)

k = 10
while k:
    k = k // 2
print("k", k)
