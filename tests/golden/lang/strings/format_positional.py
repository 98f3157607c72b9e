# str.format with automatic and explicit positional fields.
print("{} + {} = {}".format(1, 2, 3))
print("{0}{1}{0}".format("ab", "cd"))
print("{2}, {1}, {0}".format("a", "b", "c"))
print("{} and {}".format("Привет", [1, "x"]))
print("no fields".format(1, 2))
print("{}".format(None), "{}".format(2.5), "{}".format(True))
