# try/except/else: else runs only when the try body raised nothing.
def f(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print("except", x)
    else:
        print("else", r)
    print("after", x)


f(2)
f(0)
