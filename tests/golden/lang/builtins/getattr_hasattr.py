# getattr with and without a default, hasattr.
print(getattr('abc', 'upper')(), getattr(1, 'nope', 'dflt'), getattr([], 'append', None) is not None)
print(hasattr('x', 'upper'), hasattr('x', 'nope'), hasattr([], 'append'), hasattr(len, 'nope'))
def f():
    pass
print(getattr(f, '__name__'), getattr(ValueError, '__name__'))
def show(g):
    try:
        print(g())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: getattr(1, 'nope'))
show(lambda: getattr(1, 2))
show(lambda: getattr(1))
show(lambda: hasattr(1, 2))
show(lambda: hasattr(1))
