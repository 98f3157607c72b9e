# TypeErrors for wrong argument counts and keywords on str methods.
def check(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)

check(lambda: "a".upper(1))
check(lambda: "a".lower(x=1))
check(lambda: "a".isdigit(1))
check(lambda: "a".join())
check(lambda: "a".join("b", "c"))
check(lambda: "a".zfill())
check(lambda: "a".partition())
check(lambda: "a".count())
check(lambda: "a".startswith("a", 1, 2, 3))
check(lambda: "a".strip(1, 2))
check(lambda: "a".replace("a", "b", 1, 2))
check(lambda: "a".splitlines(True, False))
check(lambda: "a".encode("utf-8", "strict", 1))
check(lambda: "a".encode(foo=1))
check(lambda: str.upper(1))
check(lambda: "{}".format_map())
