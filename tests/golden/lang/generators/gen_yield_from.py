def inner():
    x = yield "a"
    print("inner got", x)
    yield "b"
    return "inner result"


def outer():
    r = yield from inner()
    print("outer got", r)
    yield from [1, 2]
    yield from range(3, 5)


g = outer()
print(next(g))
print(g.send("sent"))
print(list(g))
