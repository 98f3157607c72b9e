def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: set(1))
show(lambda: set(1, 2))
show(lambda: frozenset([], []))
show(lambda: set(x=1))
show(lambda: {1}.add())
show(lambda: {1}.pop(1))
show(lambda: {1}.union(5))
show(lambda: frozenset().add(1))
one = {1}
show(lambda: one[0])
show(lambda: {1} + {2})
