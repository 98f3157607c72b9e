# map and filter whose function advances the same iterator (CPython allows it; a generator
# that does is 'already executing').
it = map(lambda x: next(it, 'end') if x == 1 else x * 10, [1, 2, 3])
print(list(it))
f = filter(lambda x: next(f, None) is None or x > 0, [1, 2, 3, 4])
print(list(f))
g = (x for x in range(3))
def inner(x):
    try:
        return next(g)
    except ValueError as e:
        return str(e)
print(list(map(inner, [1])))
def gen():
    yield next(gi)
gi = gen()
try:
    next(gi)
except ValueError as e:
    print(e)
