# match at module level, in class bodies and in nested functions with closures.
import sys

match sys.version_info:
    case (3, minor, *_) if minor >= 10:
        MODE = "modern"
    case _:
        MODE = "old"
print(MODE)


class Settings:
    kind = "dev"
    match kind:
        case "dev":
            debug = True
        case "prod":
            debug = False


print(Settings.debug, Settings.kind)


def outer(data):
    def inner():
        match data:
            case [x, *_]:
                return x
        return None

    return inner()


print(outer([5, 6]), outer([]))


def counter():
    count = 0

    def bump(cmd):
        nonlocal count
        match cmd:
            case "inc":
                count += 1
            case "dec":
                count -= 1
        return count

    return bump


b = counter()
print([b(c) for c in ["inc", "inc", "dec", "noop"]])
