# Where each failure is marked under its source line, as CPython 3.11 marks it (PEP 657):
# `^` under the failed expression, `~` and `^` split at the operator of a binary operation
# and at the brackets of a subscript, nothing when the expression is the whole line.
import traceback, math, asyncio


def show(fn):
    try:
        fn()
    except Exception:
        print(traceback.format_exc())


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def binop():
    a, b = 1, "two"
    total = a + b
    return total


def nested_call():
    values = [1, 2, 3]
    return sum(values) / (len(values) - 3)


def subscript():
    config = {"host": "localhost"}
    port = config["port"]


def deep_subscript():
    grid = [[1, 2], [3, 4]]
    return grid[1][5]


def attribute():
    p = Point(1, 2)
    print(p.z)


def method_missing():
    items = []
    items.push(3)


def name_error():
    return undefined_thing * 2


def call_in_call():
    return math.sqrt(math.log(-1))


def store_attr():
    p = Point(1, 2)
    p.z = 3


def store_item():
    t = (1, 2)
    t[0] = 5


def unpack():
    first, second = [1, 2, 3]


def compare():
    if 1 < "a":
        pass


def multi_line():
    result = (
        10
        + 20
        / 0
    )


def power():
    return 2 ** "x"


def parens():
    return (1) + ("a")


def floordiv():
    x = 10
    return x // 0


def with_comment():
    return [1, 2][ 3 ]


def deleting():
    d = {}
    del d["missing"]


def whole_line():
    raise KeyError("whole")


def lambda_fail():
    f = lambda v: v.missing
    return f(3)


def comprehension():
    return [1 / x for x in range(-1, 2)]


def augmented():
    counts = {}
    counts["a"] += 1


def call_chain():
    return "abc".upper().nothing()


for fn in (binop, nested_call, subscript, deep_subscript, attribute, method_missing,
           name_error, call_in_call, store_attr, store_item, unpack, compare, multi_line,
           power, parens, floordiv, with_comment, deleting, whole_line, lambda_fail,
           comprehension, augmented, call_chain):
    show(fn)


async def fails_later():
    await asyncio.sleep(0)
    return {}["key"]


async def main():
    try:
        value = await fails_later()
    except KeyError:
        print(traceback.format_exc())
    try:
        await asyncio.gather(fails_later())
    except KeyError:
        traceback.print_exc(file=__import__("sys").stdout)

asyncio.run(main())
