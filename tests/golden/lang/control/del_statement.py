# del removes names, items and slices.
x = 1
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
lst = [0, 1, 2, 3, 4, 5]
del lst[0]
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
try:
    del d['zz']
except KeyError as e:
    print(type(e).__name__, e)
a, b = 1, 2
del a, b
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return f'{type(e).__name__}: {e}'
print(f())
try:
    del lst[10]
except IndexError as e:
    print(type(e).__name__, e)
