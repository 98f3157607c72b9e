# return with a value, bare return, falling off the end, and an early return.
def value():
    return 42


def bare():
    return


def nothing():
    pass


def sign(n):
    if n < 0:
        return "negative"
    if n == 0:
        return "zero"
    return "positive"


print(value(), bare(), nothing())
print(sign(-5), sign(0), sign(7))
