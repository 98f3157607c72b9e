# Adding an int and a str is a TypeError.
def add(a, b):
    return a + b


def compute():
    x = add(1, 2)
    print("first add", x)
    return add(1, 'a')


compute()
