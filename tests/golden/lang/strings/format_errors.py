# The errors of malformed str.format strings, with CPython's messages.
def check(fmt, *args):
    try:
        print(repr(fmt.format(*args)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

check("{")
check("}")
check("x}y")
check("{0")
check("{:")
check("{!")
check("{!x}", 1)
check("{!r:", 1)
check("{!rr}", 1)
check("{0[}", 1)
check("{}")
check("{} {}", 1)
check("{0}{}", 1)
check("{}{0}", 1)
check("{0.}", 1)
check("{0[0]x}", [1])
check("{:{:{}}}", 1, 2, 3)
check("{a{}", 1)
check("{0[0}", [1])
check("{:d}", "x")
