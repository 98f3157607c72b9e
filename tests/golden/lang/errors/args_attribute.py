# .args holds what the exception was made with; str depends on how many.
cases = [Exception(), Exception("one"), Exception("a", 2), KeyError("key"), IndexError(3)]
for e in cases:
    print(repr(e), e.args, repr(str(e)), len(e.args))
e = ValueError("x", "y")
a, b = e.args
print(a, b)
