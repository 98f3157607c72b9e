# An uncaught ZeroDivisionError three calls deep ends the script with a traceback.
def ratio(a, b):
    return a / b


def middle(xs):
    return [ratio(10, x) for x in xs]


def outer():
    print("start")
    return middle([1, 2, 0])


print(outer())
print("never")
