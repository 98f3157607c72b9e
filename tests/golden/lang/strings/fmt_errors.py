# The ValueErrors of bad format specs, with CPython's messages.
def check(v, spec):
    try:
        print(repr(f"{v:{spec}}"))
    except ValueError as e:
        print("ValueError:", e)

check(1, "s")
check("a", "d")
check(1.5, "d")
check(1, ",_")
check(1, "_,")
check(1, ",x")
check(1, "_c")
check("a", ",")
check(1, ".2")
check(1.0, ".")
check(1, "z")
check("a", "+")
check("a", " ")
check("a", "#")
check("a", "=5")
check("a", "z")
check(1, "xx")
check(1.0, "10.2ff")
check(1, "99999999999999999999")
check(1, "é")
