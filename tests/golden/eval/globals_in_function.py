# globals() inside a function is the module's namespace, not the function's.
LIMIT = 5


def check():
    local_only = 1
    g = globals()
    return "LIMIT" in g, "local_only" in g, "check" in g


print(check())


def set_global(name, value):
    globals()[name] = value


set_global("DYNAMIC", [1, 2, 3])
print(DYNAMIC)


def read_through_eval():
    return eval("LIMIT * 2")


print(read_through_eval())
LIMIT = 50
print(read_through_eval())
