# printf-style formatting errors, with CPython's messages.
def check(fmt, arg):
    try:
        print(repr(fmt.__mod__(arg)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

check("%d", "x")
check("%x", 1.5)
check("%f", "x")
check("%c", 1.5)
check("%c", "ab")
check("%c", -1)
check("%s %s", (1,))
check("%s", (1, 2))
check("abc", 5)
check("%", ())
check("%5", 1)
check("%(a)s", 1)
check("%(a", {})
check("%(a)s", {})
check("%y", 1)
check("%é", 1)
check("%*d", ("x", 1))
check("%d", float("nan"))
check("%d", float("inf"))
check("%s", ())
