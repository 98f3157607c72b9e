# A decorator with arguments is a function that returns a decorator.
def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hi(x):
    return 'hi ' + x
print(hi('bo'))
def tag(name, close=True):
    def deco(fn):
        def wrapper():
            s = f'<{name}>{fn()}'
            return s + f'</{name}>' if close else s
        return wrapper
    return deco
@tag('b')
@tag('i', close=False)
def text():
    return 'x'
print(text())
