import atexit


def a():
    print("a runs")


def b():
    print("b runs")


atexit.register(a)
atexit.register(b)
atexit.register(a)
atexit.unregister(a)
atexit.unregister(lambda: None)
print("unregistered")
