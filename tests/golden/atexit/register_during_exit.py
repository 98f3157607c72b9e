import atexit


def late():
    print("registered while exiting")


def outer():
    print("outer runs")
    atexit.register(late)


atexit.register(outer)
print("main")
