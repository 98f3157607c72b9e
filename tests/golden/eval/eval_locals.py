# eval inside functions sees the function's locals, closures and the module's globals.
SCALE = 3


def outer(a):
    b = a + 1

    def inner(c):
        return eval("a + b + c + SCALE")

    return inner


print(outer(1)(10))


def shadow():
    SCALE = 100
    return eval("SCALE")


print(shadow(), eval("SCALE"))


def with_dicts():
    local_x = 5
    return eval("local_x + g", {"g": 1}, {"local_x": 50})


print(with_dicts())


def comprehension():
    n = 3
    return eval("[i * n for i in range(n)]")


print(comprehension())
