# getsource and getsourcelines of the script's own functions and classes.
import inspect


def decorate(f):
    return f


@decorate
def greet(name,
          greeting="hello"):
    # a comment inside
    message = f"{greeting}, {name}"

    return message


class Shape:
    sides = 0

    def area(self):
        return 0


def one_liner(): return 1


print(inspect.getsource(greet), end="")
print("---")
print(inspect.getsource(Shape), end="")
print("---")
print(inspect.getsource(Shape.area), end="")
lines, start = inspect.getsourcelines(one_liner)
print(start, lines)
print(inspect.getsourcelines(greet)[1])
