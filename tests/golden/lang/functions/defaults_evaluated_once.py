# A default value is evaluated once, when the def statement runs.
counter = [0]
def make():
    counter[0] += 1
    print('make called', counter[0])
    return counter[0]
def f(x=make()):
    return x
print(f(), f(), f(10))
print(counter[0])
n = 5
def g(a=n):
    return a
n = 99
print(g(), n)
