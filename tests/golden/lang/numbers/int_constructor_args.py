# How int() takes its arguments.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: int())
show(lambda: int('12', base=10))
show(lambda: int(base=16))
show(lambda: int('1', 2, 3))
show(lambda: int(x='12'))
show(lambda: int('1', 2, base=3))
show(lambda: int(12, 10))
show(lambda: int('10', 1.5))
show(lambda: int('10', True))
show(lambda: int([]))
show(lambda: int(None))
show(lambda: int(b' 12 '))
show(lambda: int(b'ff', 16))
show(lambda: int(b'x'))
