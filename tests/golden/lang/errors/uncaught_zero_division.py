# An uncaught ZeroDivisionError three calls deep ends the script with a traceback.
def ratio(a, b):
    return a / b


def middle(xs):
    out = []
    for x in xs:
        out.append(ratio(10, x))
    return out


def outer():
    print("start")
    return middle([1, 2, 0])


print(outer())
print("never")
