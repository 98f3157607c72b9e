# Functions are values: stored, passed, returned.
def double(x):
    return 2 * x
def square(x):
    return x * x
table = {'d': double, 's': square}
print([table[k](5) for k in 'dsd'])
def apply_all(fns, v):
    return [f(v) for f in fns]
print(apply_all([double, square, str, abs], -3))
def pick(name):
    return table[name]
print(pick('s')(9), pick('s') is square)
fns = (double, square)
print(fns[0](fns[1](3)))
print(double == double, double == square)
