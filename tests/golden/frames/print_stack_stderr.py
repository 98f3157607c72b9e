import traceback


def deep(n):
    if n:
        return deep(n - 1)
    traceback.print_stack()
    return "printed"


print(deep(2))
