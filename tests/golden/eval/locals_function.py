# locals() inside functions, methods, closures and class bodies.
def describe(a, b=2, *args, key=None, **kw):
    total = a + b
    return locals()


print(describe(1))
print(describe(1, 5, 6, 7, key="k", extra=True))


def closure():
    captured = "outer"

    def inner():
        mine = 1
        return sorted(locals().items()), captured

    return inner()


print(closure())


def before_assignment():
    result = locals()
    later = 1
    return result


print(before_assignment())


class Config:
    debug = True
    level = 3
    names = sorted(locals())


print(Config.names)


def format_message(user, count):
    return "{user} has {count} new messages".format(**locals())


print(format_message("ann", 3))
