# Item lookups in field names: {0[1]}, {name[0]}; lookup errors propagate.
pair = [10, 20]
print("{0[1]} {0[0]}".format(pair))
print("{p[0]}-{p[1]}".format(p=("a", "b")))
print("{0[2]}{0[1]}{0[0]}".format("xyz"))
def check(fmt, arg):
    try:
        print(fmt.format(arg))
    except Exception as e:
        print(type(e).__name__ + ":", e)

check("{0[5]}", pair)
check("{0[x]}", pair)
check("{0[0]}", 7)
check("{1}", pair)
