# What round() refuses.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: round('x'))
show(lambda: round(None))
show(lambda: round(1.5, 1.5))
show(lambda: round(1.5, '2'))
show(lambda: round(float('inf')))
show(lambda: round(float('nan')))
show(lambda: round())
show(lambda: round(1, 2, 3))
show(lambda: round(1, foo=2))
show(lambda: round(1.5, 2, ndigits=3))
