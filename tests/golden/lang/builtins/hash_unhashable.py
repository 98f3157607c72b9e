# Mutable containers are unhashable, also inside a tuple.
def show(g):
    try:
        print(g())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: hash([]))
show(lambda: hash({}))
show(lambda: hash((1, [])))
show(lambda: hash({1: 2}.keys()))
show(lambda: hash({1: 2}.items()))
show(lambda: hash())
print(hash((1, 2)) == hash((1, 2)), hash(print) == hash(print))
