# Argument errors of split(), worded as CPython words them.
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

check(lambda: "a".split(""))
check(lambda: "a".rsplit(""))
check(lambda: "a".split(1))
check(lambda: "a".split(None, "x"))
check(lambda: "a".split(None, 1.5))
check(lambda: "a".split(",", 1, 2))
check(lambda: "a".split(x=1))
check(lambda: "a".split(",", sep=","))
check(lambda: "a".split(None, maxsplit=1, sep=None))
check(lambda: "a".rsplit(maxsplit=1, sep=1))
