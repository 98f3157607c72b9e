# issubclass with a class or a tuple of classes.
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, int)))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, (ValueError, LookupError)))
print(issubclass(int, object), issubclass(Exception, BaseException), issubclass(BaseException, Exception))
print(issubclass(int, ()), issubclass(bool, (str, (int,))), issubclass(int, int))
for args in [('int', int), (int, 'int'), (1, int)]:
    try:
        issubclass(args[0], args[1])
    except TypeError as e:
        print(type(e).__name__, e)
try:
    issubclass(int)
except TypeError as e:
    print(type(e).__name__, e)
