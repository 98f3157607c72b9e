# __closure__: a tuple of cells whose cell_contents follow the variables.
def outer():
    a = 1
    b = [2]
    def f():
        return a, b
    def bump():
        nonlocal a
        a += 10
    return f, bump

f, bump = outer()
print(len(f.__closure__), type(f.__closure__[0]).__name__)
print([c.cell_contents for c in f.__closure__])
bump()
print(f.__closure__[0].cell_contents)
print(f.__closure__[0] is bump.__closure__[0])

def plain():
    return 1
print(plain.__closure__)

def h():
    x = 1
    def inner():
        return x
    del x
    return inner

cell = h().__closure__[0]
try:
    cell.cell_contents
except ValueError as e:
    print("ValueError:", e)
print(repr(cell).endswith(": empty>"), repr(f.__closure__[1]).split(":")[1].split(" at")[0])
try:
    f.__closure__ = None
except AttributeError as e:
    print("AttributeError:", e)
