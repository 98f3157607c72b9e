# callable: functions, builtins, methods and classes are; other values are not.
def f():
    pass
print(callable(len), callable(print), callable(int), callable(f), callable(lambda: 0))
print(callable(1), callable('abc'), callable([].append), callable(None), callable([]))
print(callable(ValueError), callable(ValueError('x')), callable(str.upper))
try:
    callable()
except TypeError as e:
    print(type(e).__name__, e)
