# What chr and ord refuse.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: chr(-1))
show(lambda: chr(0x110000))
show(lambda: chr(2**70))
show(lambda: chr('a'))
show(lambda: chr(1.5))
show(lambda: ord('ab'))
show(lambda: ord(''))
show(lambda: ord(b'ab'))
show(lambda: ord(1))
show(lambda: ord(['a']))
show(lambda: chr())
