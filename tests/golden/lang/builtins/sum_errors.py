# What sum refuses.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: sum(['a', 'b']))
show(lambda: sum(['a'], 'x'))
show(lambda: sum([b'a'], b''))
show(lambda: sum([1, 'a']))
show(lambda: sum(5))
show(lambda: sum())
show(lambda: sum(iterable=[1]))
show(lambda: sum([1], 2, 3))
show(lambda: sum([1], 2, start=3))
show(lambda: sum([1], foo=2))
