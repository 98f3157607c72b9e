# A function with yield returns a generator when called.
def count_up(n):
    print('start')
    for i in range(n):
        yield i
    print('end')
g = count_up(3)
print(type(g).__name__)
print(list(g))
print(list(g))
def pairs(*items, **extra):
    yield from items
    yield from extra.items()
print(list(pairs(1, 2, a=3)))
def with_return():
    yield 1
    return 'done'
gen = with_return()
print(next(gen))
try:
    next(gen)
except StopIteration as e:
    print(type(e).__name__, e.value)
