# A decorator without arguments replaces the function with its result.
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + '!'
    return wrapper
@shout
def greet(name):
    return 'hello ' + name
print(greet('ann'))
print(greet.__name__)
calls = []
def register(fn):
    calls.append(fn.__name__)
    return fn
@register
def one():
    return 1
@register
def two():
    return 2
print(calls, one(), two())
