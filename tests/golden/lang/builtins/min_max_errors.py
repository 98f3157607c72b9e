# What min and max refuse.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: min([]))
show(lambda: max(range(0)))
show(lambda: max([], key=len))
show(lambda: max(1, 'a'))
show(lambda: min(1, 'a'))
show(lambda: min())
show(lambda: min(key=abs))
show(lambda: max(1))
show(lambda: max(1, 2, default=0))
show(lambda: max(1, 2, foo=3))
show(lambda: max([1, 2], key=lambda x: 1 / 0))
show(lambda: max([None, None]))
