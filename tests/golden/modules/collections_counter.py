from collections import Counter

c = Counter("abracadabra")
print(c)
print(c.most_common(2), c["z"], c.total())
c.update("aaz")
c.subtract({"b": 1})
print(c["a"], c["b"], c["z"])
print(Counter(a=3, b=1) + Counter(a=1, c=2))
print(Counter(a=3, b=1) - Counter(a=1, b=2))
print(sorted(Counter(["x", "y", "x"]).elements()))
print(Counter())
