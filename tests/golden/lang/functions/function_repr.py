# How functions print.
def top():
    pass
def outer():
    def inner():
        pass
    return inner
print(top)
print(outer())
print(lambda: 0)
print(type(top).__name__, callable(top), callable(5))
