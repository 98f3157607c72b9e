# Arguments are evaluated left to right before the call.
def show(tag, value):
    print('eval', tag)
    return value
def f(*args, **kwargs):
    return args, kwargs
print(f(show('a', 1), show('b', 2), k=show('c', 3), *[show('d', 4)]))
def fn():
    print('eval function')
    return f
print(fn()(show('x', 0)))
