# nonlocal rebinds a variable of the enclosing function.
def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c = counter()
print(c(), c(), c(10))
d = counter()
print(d(), c())
def outer():
    x = 'outer'
    def mid():
        x = 'mid'
        def inner():
            nonlocal x
            x = 'inner'
        inner()
        return x
    return mid(), x
print(outer())
