# Lambdas are expressions that make functions.
sq = lambda x: x * x
print(sq(7), sq.__name__, sq.__qualname__)
print((lambda: 'nothing')())
print((lambda a, b=2, *c, d, **e: (a, b, c, d, e))(1, d=4))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(7))))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, sq)(4) + '!')
print((lambda *a, **k: (a, k))(1, 2, x=3))
