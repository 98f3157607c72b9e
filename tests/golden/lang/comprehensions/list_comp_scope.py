# The loop variable of a comprehension does not leak; names from the enclosing scope are seen.
x = "outer"
factor = 3
print([x * factor for x in range(3)])
print(x)


def scaled(n, k):
    return [i * k for i in range(n)]


print(scaled(4, 10))


def make_adders():
    return [lambda v, i=i: v + i for i in range(3)]


print([f(100) for f in make_adders()])
