squares = [x * x for x in range(6)]
print(squares)
evens = [x for x in range(20) if x % 2 == 0 if x % 3 != 0]
print(evens)
pairs = [(i, j) for i in range(3) for j in range(i)]
print(pairs)
words = ["alpha", "beta", "gamma"]
print([w + "!" for w in words])
print([c for c in "héllo"])
