def show(f):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
show(lambda: hash({1}))
show(lambda: {[1]})
show(lambda: {1: 2, {3}: 4})
show(lambda: {{1}})
show(lambda: set().add({}))
show(lambda: frozenset([[1]]))
show(lambda: {(1, [2])})
