import cyc_b

NAME = "a"


def hello():
    return "hello from a, b says " + cyc_b.NAME
