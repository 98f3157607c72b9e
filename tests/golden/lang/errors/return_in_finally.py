# A return in finally overrides the try's return and swallows an exception.
def a():
    try:
        return "try"
    finally:
        return "finally"


def b():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


def c():
    try:
        return "try"
    finally:
        print("finally runs before the return completes")


print(a())
print(b())
print(c())
