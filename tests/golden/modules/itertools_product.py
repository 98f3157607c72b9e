import itertools

print(list(itertools.product("AB", "xy")))
print(list(itertools.product(range(2), repeat=3)))
print(list(itertools.product()))
print(list(itertools.product("ab", [])))
print(len(list(itertools.product("abc", "de", repeat=2))))
