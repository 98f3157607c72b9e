# Float arithmetic with floats and ints on either side, augmented assignment, comparisons of
# floats (NaN, infinities, signed zeros) and `is`, including the error cases.
import math

big = 2 ** 53 + 1
values = [0.0, -0.0, 1.5, -2.25, 1e308, -1e308, float("inf"), float("-inf"), float("nan")]
ints = [0, 1, -3, 7, big, 2 ** 63 - 1, -(2 ** 63)]

def show(x):
    if isinstance(x, float) and math.isnan(x):
        return "nan"
    return repr(x)

for a in values[:4]:
    for b in [2.0, -0.5, 3, -4]:
        print(show(a + b), show(b + a), show(a - b), show(b - a), show(a * b), show(b * a))
        print(show(a / b), show(b / a) if a != 0 else "-", show(a // b), show(a % b), show(a ** 2))

print(show(1e308 * 10), show(-1e308 * 10), show(float("inf") - float("inf")))
print(show(0.1 + 0.2), show(1 / 3.0), show(3 / 1.5), show(big + 0.0), show(0.0 + big))
print(show((2 ** 63 - 1) * 1.0), show(-(2 ** 63) * 1.0), show(2 ** 100 * 0.5))
print(show(True + 1.5), show(1.5 * False), show(-0.0 * 5), show(5 * -0.0), show(-0.0 - 0.0))

for a in [1.0, 0.0]:
    for b in [0.0, 0, -0.0]:
        for op in ["/", "//", "%"]:
            try:
                print(eval(f"a {op} b"))
            except ZeroDivisionError as e:
                print(op, type(e).__name__, e)

x = 1.0
x += 2
x *= 1.5
x -= 0.25
x /= 2
print(x)
x //= 0.5
print(x)
x **= 2
print(x)
n = 3
n += 0.5
print(n)
for bad in ["s", None, [1]]:
    y = 2.5
    try:
        y += bad
    except TypeError as e:
        print("TypeError:", e)
    try:
        y *= bad
    except TypeError as e:
        print("TypeError:", e)
try:
    y = 1.5
    y /= 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    y = 1.5
    y /= 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

ops = ["==", "!=", "<", "<=", ">", ">="]
for a in values:
    row = []
    for b in values:
        row.append("".join("1" if eval(f"a {op} b") else "0" for op in ops))
    print(show(a), " ".join(row))
for a in [1.0, float(big - 1), 1e300]:
    for b in [1, big, big - 1, 10 ** 300]:
        print(show(a), b, [eval(f"a {op} b") for op in ops], [eval(f"b {op} a") for op in ops])

nan = float("nan")
print(nan is nan, nan == nan, nan != nan, [nan] == [nan])
z = 0.0
print(z is z, z is not z, None is None, None is not None, z is not None)
if nan != nan and not (nan < nan) and not (nan >= nan):
    print("nan compares unordered")
k = 0
while k < 3.5:
    k += 1
print(k)


class Meters(float):
    def __add__(self, other):
        return "Meters.__add__"

    def __lt__(self, other):
        return "Meters.__lt__"


class Half:
    def __radd__(self, other):
        return ("Half.__radd__", other)

    def __rmul__(self, other):
        return ("Half.__rmul__", other)

    def __gt__(self, other):
        return ("Half.__gt__", other)


print(Meters(1.0) + 2.0, 2.0 + Meters(1.0), Meters(1.0) < 2.0, 2.0 > Meters(1.0))
print(1.5 + Half(), 1.5 * Half(), 1.5 < Half())
h = 2.5
h += Half()
print(h)
try:
    1.5 - Half()
except TypeError as e:
    print("TypeError:", e)
try:
    1.5 < "a"
except TypeError as e:
    print("TypeError:", e)
print(1.5 + "x")
