import warnings


def legacy(x):
    warnings.warn("legacy() will go away", DeprecationWarning, stacklevel=2)
    return x * 2


def caller():
    return legacy(21)


warnings.simplefilter("default")
print(caller())
print(caller())
print(legacy(1))
