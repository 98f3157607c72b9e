# *args collects extra positional arguments into a tuple.
def f(a, *args):
    return a, args, type(args).__name__
print(f(1))
print(f(1, 2, 3))
print(f(*range(4)))
print(f(*'xy', *[7, 8]))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1), total(1, 2, 3.5))
def g(*args, sep='-'):
    return sep.join(str(a) for a in args)
print(g(1, 2, 3), g(1, 2, sep='+'))
