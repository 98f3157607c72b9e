# Using an undefined name inside a nested function.
def outer():
    def inner():
        return undefined_thing + 1
    print("calling inner")
    return inner()


outer()
