# global rebinds a module-level name from inside a function.
total = 0
def add(n):
    global total
    total += n
    return total
print(add(2), add(3), total)
def make_new():
    global brand_new
    brand_new = 'created'
make_new()
print(brand_new)
x = 'module'
def shadow():
    x = 'local'
    return x
print(shadow(), x)
def read_only():
    return x
print(read_only())
def bad():
    try:
        print(y)
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
bad()
