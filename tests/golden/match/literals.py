# Literal patterns: numbers, strings, bytes, None/True/False and how they compare.
def kind(x):
    match x:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case -2.5e3:
            return "minus 2500"
        case "":
            return "empty str"
        case "hello" "world":
            return "concatenated"
        case b"raw":
            return "bytes"
        case 0x10 | 0o20 | 0b10000:
            return "sixteen"
        case 10_000_000_000_000_000_000:
            return "huge"
        case _:
            return f"other {x!r}"


for v in [None, True, False, 0, 0.0, 1, 1.0, -1, -1.0, 1.5, -2500, "", "helloworld", b"raw",
          "raw", 16, 16.0, 10**22, 10**22 // 1000, [], ()]:
    print(repr(v), "->", kind(v))
