import string


class StrictFormatter(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        unused |= set(range(len(args))) - used_args
        if unused:
            raise ValueError(f"unused arguments: {sorted(map(str, unused))}")


s = StrictFormatter()
print(s.format("{0} {a}", 1, a=2))
for call in [lambda: s.format("{0}", 1, 2), lambda: s.format("{a}", a=1, b=2)]:
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)


class Recorder(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        print("used:", sorted(map(str, used_args)))


Recorder().format("{} {x} {:{w}}", "a", "b", x=1, w=5)
