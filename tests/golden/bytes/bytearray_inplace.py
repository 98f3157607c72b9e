# += and *= change a bytearray in place; on bytes they make new objects.
ba = bytearray(b"ab")
alias = ba
ba += b"cd"
ba += bytearray(b"ef")
ba += memoryview(b"gh")
print(ba, alias is ba, alias)
ba *= 2
print(ba, alias is ba)
b = b"xy"
keep = b
b += b"z"
b *= 2
print(b, keep, keep is b)
def add_str(x):
    x += "str"


def add_int(x):
    x += 5


def mul_str(x):
    x *= "x"


def add_self(x):
    x += x


for f in [add_str, add_int, mul_str, add_self]:
    try:
        f(ba)
        print(ba)
    except Exception as e:
        print(type(e).__name__ + ":", e)
