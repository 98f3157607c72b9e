# * in list, tuple and set displays; ** in dict displays.
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), [*a, 0, *'hi'])
print(sorted({*a, *b, 1}))
print(*a, *b)
d1 = {'x': 1, 'y': 2}
d2 = {'y': 20, 'z': 30}
print({**d1, **d2})
print({**d2, **d1})
print({'w': 0, **d1, 'x': 100})
print({**{}}, [*()], (*[],))
print([*range(3), *{'k': 1}])
