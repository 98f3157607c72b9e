def f(x):
    return 1 / x

print(list(f(i) for i in [1, 0]))
