# setattr and delattr on objects that have no writable attributes.
def show(g):
    try:
        print(g())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: setattr(1, 'x', 2))
show(lambda: setattr(1, 2, 3))
show(lambda: setattr(1, 'x'))
show(lambda: delattr(1, 'x'))
show(lambda: delattr(1, 2))
def f():
    pass
setattr(f, '__name__', 'renamed')
print(f.__name__)
