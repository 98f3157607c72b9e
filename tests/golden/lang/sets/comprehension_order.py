print({x % 7 for x in range(30)})
print({x * x for x in range(12)})
print({x * 37 % 101 for x in range(20) if x % 3})
print({(x, x % 3) for x in range(4)})
