# subgroup, split and derive keep the nesting of the group.
eg = ExceptionGroup("top", [
    ValueError(1),
    TypeError(2),
    ExceptionGroup("inner", [KeyError("k"), ValueError(3)]),
])
print(repr(eg.subgroup(ValueError)))
print(repr(eg.subgroup(KeyError)))
print(eg.subgroup(OSError))
print(eg.subgroup(ExceptionGroup) is eg)
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
match, rest = eg.split((ValueError, KeyError))
print(repr(match))
print(repr(rest))
print(eg.split(OSError))
print(eg.split(Exception)[0] is eg)
d = eg.derive([ZeroDivisionError()])
print(repr(d), type(d).__name__)
print(type(eg.derive([KeyboardInterrupt()])).__name__)
try:
    eg.split(3)
except TypeError as e:
    print("TypeError:", e)
inner = eg.exceptions[2]
print(eg.subgroup(lambda e: e is inner).exceptions[0] is inner)
