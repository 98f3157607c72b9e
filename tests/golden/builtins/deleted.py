# Removing and restoring builtins; the look-up order globals -> builtins.
import builtins

saved_len = builtins.len


def size(x):
    return len(x)


print(size("abc"))
del builtins.len
try:
    size("abc")
except NameError as e:
    print("NameError:", e)
try:
    len("x")
except NameError as e:
    print("NameError:", e)
print(hasattr(builtins, "len"))
builtins.len = saved_len
print(size("abcd"))

# a global of the same name wins over the builtin
def len(x):
    return -1


print(size("abc"), builtins.len("abc"))
del len
print(size("abc"))

# replacing a builtin class
real_int = builtins.int


class LoudInt(int):
    def __repr__(self):
        return f"LoudInt({real_int(self)})"


builtins.int = LoudInt
print(repr(int("7")), type(int(2)).__name__)
builtins.int = real_int
print(int("7"), isinstance(LoudInt(1), int))
try:
    del builtins.len
    del builtins.len
except AttributeError as e:
    print("AttributeError:", e)
builtins.len = saved_len
print(len([1, 2]))
