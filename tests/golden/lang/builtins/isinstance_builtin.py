# isinstance with a class or a tuple of classes.
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (str, float)), isinstance(1.0, (str, float)))
print(isinstance(ValueError('x'), Exception), isinstance([], (list, tuple)), isinstance(None, object))
for args in [(1,), (1, 2, 3)]:
    try:
        isinstance(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    isinstance(1, 'int')
except TypeError as e:
    print(type(e).__name__, e)
