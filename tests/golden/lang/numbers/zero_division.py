# Each way of dividing by zero has CPython's message.
def show(f):
    try:
        print(f())
    except ZeroDivisionError as e:
        print(type(e).__name__, e)

show(lambda: 3 // 0)
show(lambda: 3 % 0)
show(lambda: 3 / 0)
show(lambda: 3.0 / 0)
show(lambda: 3.0 // 0)
show(lambda: 3.0 % 0)
show(lambda: 0 ** -1)
show(lambda: 0.0 ** -1)
show(lambda: divmod(1, 0))
show(lambda: divmod(1.0, 0))
show(lambda: divmod(1, 0.0))
show(lambda: 2**100 // 0)
