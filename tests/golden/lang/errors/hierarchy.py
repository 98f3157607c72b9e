# Base classes catch their subclasses; the first matching clause wins.
def check(exc):
    try:
        raise exc
    except ArithmeticError:
        return "ArithmeticError"
    except LookupError:
        return "LookupError"
    except Exception:
        return "Exception"


for exc in [ZeroDivisionError, OverflowError, KeyError, IndexError, ValueError, NameError]:
    print(exc.__name__, "->", check(exc))
print(issubclass(KeyError, LookupError), issubclass(ValueError, LookupError))
print(isinstance(ZeroDivisionError(), ArithmeticError))
