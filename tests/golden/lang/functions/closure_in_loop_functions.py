# Each call makes a new closure cell; cells are shared by sibling closures.
def pair():
    value = 0
    def get():
        return value
    def put(v):
        nonlocal value
        value = v
    return get, put
get1, put1 = pair()
get2, put2 = pair()
put1(10)
print(get1(), get2())
put2('b')
print(get1(), get2())
def make_all():
    out = []
    for i in range(3):
        def f(i=i):
            return i * 10
        out.append(f)
    return out
print([f() for f in make_all()])
