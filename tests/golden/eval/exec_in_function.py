# exec and eval inside a function get its locals as a snapshot: code they run sees them, but
# functions and comprehensions it defines see only the globals.
scale = 100


def compute(value):
    offset = 5
    print(eval("value + offset"))
    exec("def helper():\n    return scale\nprint('helper', helper())")
    exec("def peek():\n    return offset\ntry:\n    peek()\nexcept NameError as e:\n    print('peek:', e)")
    try:
        eval("[offset for _ in range(2)]")
    except NameError as e:
        print("comprehension:", e)
    print(eval("[n * 2 for n in range(3)]"), eval("value * 2"))
    ns = {}
    exec("total = scale + 1", globals(), ns)
    print(ns)


compute(1)


class Config:
    base = 8
    exec("double = base * 2")
    triple = eval("base * 3")
    exec("try:\n    raise KeyError('k')\nexcept KeyError as problem:\n    seen = 1")


print(Config.double, Config.triple, Config.seen, hasattr(Config, "problem"))
