# A non-tuple right operand is one argument; a tuple is the argument list.
print("[%s]".__mod__("text"))
print("[%s]".__mod__([1, 2]))
print("[%s]".__mod__(((1, 2),)))
print("[%d]".__mod__(5))
print("no conversions".__mod__(()))
print("no conversions".__mod__([1]))
print("%(a)s and %(b)r".__mod__({"a": 1, "b": "two"}))
