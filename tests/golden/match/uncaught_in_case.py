# An exception inside a case body shows the body's line in the traceback.
def area(shape):
    match shape:
        case ("square", side):
            return side * side
        case ("circle", r):
            return 3.14 * r * r
        case (kind, *_):
            raise ValueError(f"unknown shape {kind!r}")


print(area(("square", 3)))
print(area(("circle", 1)))
print(area(("hexagon", 2)))
