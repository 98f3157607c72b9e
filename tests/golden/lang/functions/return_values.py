# Return values: none, one, a tuple, early return.
def nothing():
    pass
def bare():
    return
def pair():
    return 1, 2
def early(x):
    if x < 0:
        return 'negative'
    for i in range(10):
        if i == x:
            return f'found {i}'
    return 'big'
print(nothing(), bare(), pair(), type(pair()).__name__)
a, b = pair()
print(a, b, early(-1), early(3), early(50))
