# any and all stop at the first item that decides.
print(any([]), all([]), any([0, '', None]), any([0, 'x']), all([1, 'x', [0]]), all([1, 0, 1]))
print(any('abc'), all(x > 0 for x in [1, 2]), any(x > 5 for x in range(10)))
def noisy(x):
    print('saw', x)
    return x
print(any(noisy(x) for x in [0, 2, 3]))
print(all(noisy(x) for x in [1, 0, 3]))
for bad in [5, None]:
    try:
        any(bad)
    except TypeError as e:
        print(type(e).__name__, e)
