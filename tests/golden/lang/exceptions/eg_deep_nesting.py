# Splitting a group nested deeper than the recursion limit is a RecursionError.
eg = ValueError(0)
for i in range(3000):
    eg = ExceptionGroup("m", [eg])
print(len(eg.exceptions))
for op in [lambda: eg.subgroup(ValueError), lambda: eg.split(TypeError)]:
    try:
        op()
    except RecursionError as e:
        print("RecursionError:", e)
shallow = ExceptionGroup("s", [ExceptionGroup("t", [ValueError(1)])])
print(repr(shallow.subgroup(ValueError)))
