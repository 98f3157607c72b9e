# What pow() refuses.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: pow(2, 3, 0))
show(lambda: pow(2.0, 3, 5))
show(lambda: pow(2, 10, 1.5))
show(lambda: pow(2, -1, 4))
show(lambda: pow('a', 2))
show(lambda: pow('a', 2, 3))
show(lambda: pow(2, 3, 'a'))
show(lambda: pow(2))
show(lambda: pow(1, 2, foo=3))
show(lambda: pow(1, 2, 3, mod=4))
show(lambda: pow(0.0, -1))
