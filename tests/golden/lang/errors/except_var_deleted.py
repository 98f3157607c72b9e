# The name bound by "except ... as e" is removed when the handler ends.
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("in handler", repr(e))
try:
    print(e)
except NameError as err:
    print("NameError:", err)
