# Conditional expressions evaluate only the chosen branch.
def v(tag, x):
    print('eval', tag)
    return x
print(v('a', 1) if True else v('b', 2))
print(v('a', 1) if 0 else v('b', 2))
n = 15
print('fizz' if n % 3 == 0 else 'buzz' if n % 5 == 0 else n)
print(['even' if i % 2 == 0 else 'odd' for i in range(4)])
x = None
print(x if x is not None else 'default')
f = (lambda a: a * 2) if n > 10 else (lambda a: a)
print(f(3))
