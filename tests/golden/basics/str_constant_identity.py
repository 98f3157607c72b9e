# String constants made only of letters, digits and underscores are interned, as
# CPython's compiler interns them; sys.intern shares one object per text.
import sys

MODE = "read_only"


def mode_of(flag):
    return "read_only" if flag else "read write"


print(mode_of(True) is MODE)
print("abc" is "abc")
print("a" is "a", "a" is not "a")
print("x1_y2" is "x1_y2")

built = "".join(["read", "_", "only"])
print(built == MODE, built is MODE)
print(sys.intern(built) is MODE)
key = sys.intern("hello world!")
print(sys.intern("hello " + "world!") is key)
table = {sys.intern(w): i for i, w in enumerate("alpha beta gamma".split())}
print([sys.intern(k) is k for k in table])


class Tag(str):
    pass


try:
    sys.intern(Tag("t"))
except TypeError as e:
    print("TypeError:", e)
try:
    sys.intern(3)
except TypeError as e:
    print("TypeError:", e)
