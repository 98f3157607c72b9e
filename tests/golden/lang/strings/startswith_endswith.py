# startswith/endswith with a str or a tuple of str, and bounds.
s = "hello.py"
print(s.startswith("he"), s.startswith(("x", "h")), s.startswith(()), s.startswith(""))
print(s.startswith("l", 2), s.startswith("l", 2, 2), s.startswith("", 8), s.startswith("", 9))
print(s.endswith(".py"), s.endswith((".txt", ".py")), s.endswith("lo", 0, 5), s.endswith("hello.py", -20))
print("Привет".startswith("При"), "Привет".endswith("вет", 3), "Привет".endswith("вет", 4))
for f in [lambda: s.startswith(1), lambda: s.endswith(["x"]), lambda: s.startswith(("h", 1)),
          lambda: s.startswith((1, "h")), lambda: s.startswith()]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
