# str.format_map looks names up in a mapping; positional fields are refused.
d = {"name": "Ann", "n": 3}
print("{name} has {n} items".format_map(d))
print("{name!r:>8}|{n:03}".format_map(d))
print("{x}".format(**{"x": 1}))
def check(fmt, m):
    try:
        print(fmt.format_map(m))
    except Exception as e:
        print(type(e).__name__ + ":", e)

check("{missing}", d)
check("{0}", d)
check("{}", d)
