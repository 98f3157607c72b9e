# Division by zero deep in a call chain.
def ratio(a, b):
    return a // b


def average(total, count):
    return ratio(total, count)


def report(values):
    print("reporting")
    return average(10, len(values))


print(report([1, 2]))
print(report([]))
