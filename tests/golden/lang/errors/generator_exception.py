# An exception inside a generator propagates to the loop; the generator is then finished.
def gen():
    yield 1
    yield 2
    raise ValueError("gen failed")
    yield 3


g = gen()
try:
    for x in g:
        print("got", x)
except ValueError as e:
    print("caught", e)
print(next(g, "exhausted"))


def cleanup():
    try:
        yield "a"
        yield "b"
    finally:
        print("generator finally")


for v in cleanup():
    print(v)
