def check(x):
    assert x > 0, f"bad {x}"
    return x


print(check(1))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e)


def chained():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e


try:
    chained()
except ValueError as e:
    print(e, repr(e.__cause__))


def implicit():
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during handling")


implicit()
