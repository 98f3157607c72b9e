import itertools

c = itertools.count(5)
print(c, next(c), next(c), c)
print(itertools.count(), itertools.count(2, 3), itertools.count(0.5, 0.25))
for i in itertools.count(10, -2):
    if i < 4:
        break
    print(i)
print(list(zip("abc", itertools.count(1))))
