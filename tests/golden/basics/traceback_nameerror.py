# An uncaught NameError prints a traceback through every function on the way.
def outer():
    print("in outer")
    middle()


def middle():
    inner()


def inner():
    return undefined_thing + 1


outer()
print("not reached")
