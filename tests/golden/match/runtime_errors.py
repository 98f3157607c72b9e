# The TypeErrors and ValueErrors a pattern raises at run time.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self):
        self.x, self.y = 1, 2


class BadArgs:
    __match_args__ = ["x"]


class BadElem:
    __match_args__ = ("x", 2)
    x = 1


class Keys:
    A = "a"
    B = "a"


def attempt(label, fn):
    try:
        print(label, fn())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__ + ":", e)


def not_a_class(v):
    match v:
        case len():
            return "matched"


def too_many(v):
    match v:
        case Point(a, b, c):
            return "matched"


def int_two(v):
    match v:
        case int(a, b):
            return "matched"


def obj_one(v):
    match v:
        case object(a):
            return "matched"


def bad_args(v):
    match v:
        case BadArgs(a):
            return "matched"


def bad_elem(v):
    match v:
        case BadElem(a, b):
            return "matched"


def twice(v):
    match v:
        case Point(a, x=b):
            return "matched"


def dup_keys(v):
    match v:
        case {Keys.A: 1, Keys.B: 2}:
            return "matched"


attempt("not a class:", lambda: not_a_class(1))
attempt("too many:", lambda: too_many(Point()))
attempt("not an instance, no error:", lambda: too_many(5))
attempt("int takes one:", lambda: int_two(3))
attempt("object takes none:", lambda: obj_one(3))
attempt("__match_args__ list:", lambda: bad_args(BadArgs()))
attempt("element not str:", lambda: bad_elem(BadElem()))
attempt("attribute twice:", lambda: twice(Point()))
attempt("duplicate key:", lambda: dup_keys({"a": 1}))
attempt("short mapping, no lookup:", lambda: dup_keys({}))
