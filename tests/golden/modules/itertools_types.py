import itertools

print(itertools.count, itertools.chain, itertools.groupby)
c = itertools.chain([1])
print(isinstance(c, itertools.chain), type(c) is itertools.chain, iter(c) is c)
try:
    itertools.count("a")
except TypeError as e:
    print("TypeError:", e)
try:
    list(itertools.chain(1, 2))
except TypeError as e:
    print("TypeError:", e)
