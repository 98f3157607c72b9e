# Wrong arguments to eval, exec and compile.
cases = [
    lambda: eval(),
    lambda: eval(42),
    lambda: eval("1", []),
    lambda: eval("1", {}, 5),
    lambda: exec(None),
    lambda: compile("1", "<f>", "run"),
    lambda: compile("1", "<f>"),
    lambda: eval("1", globals=None),
    lambda: exec("1", {}, {}, {}),
]
for c in cases:
    try:
        print(c())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
