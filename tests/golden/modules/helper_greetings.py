# Helper module for import_local.py.
TIMES = 2


def greet(name):
    return ("hi " + name + " ") * TIMES
