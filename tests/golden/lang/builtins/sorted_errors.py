# Mixed types fail at the first comparison CPython makes.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: sorted([1, 'a']))
show(lambda: sorted(['a', 1]))
show(lambda: sorted([1, 2, 'a', 3]))
show(lambda: sorted([3, 2, 1, 'a']))
show(lambda: sorted([(1, 'a'), (1, 2)]))
show(lambda: sorted([None, 1]))
show(lambda: sorted([1, None]))
show(lambda: sorted([1, 2], key=lambda x: 1 / 0))
show(lambda: sorted(5))
show(lambda: sorted())
show(lambda: sorted([1], None))
show(lambda: sorted([1], reverse=2.5))
show(lambda: sorted([1], reverse=None))
show(lambda: sorted([1], foo=1))
show(lambda: sorted(iterable=[1]))
show(lambda: sorted([None, None]))
print(sorted([None]), sorted([7]))
