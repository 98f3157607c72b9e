import functools


def power(base, exp, *, mod=None):
    return base ** exp if mod is None else pow(base, exp, mod)


square = functools.partial(power, exp=2)
print(square(7), square(3, exp=3))
two_to = functools.partial(power, 2)
print(two_to(10), two_to(10, mod=1000))
print(square.func is power, square.args, square.keywords, two_to.args)
basetwo = functools.partial(int, base=2)
print(basetwo("1010"))
p2 = functools.partial(functools.partial(power, 3), 4)
print(p2(), p2.args)
print(functools.partial(max, 1, 2))
try:
    functools.partial(5)
except TypeError as e:
    print("TypeError:", e)
