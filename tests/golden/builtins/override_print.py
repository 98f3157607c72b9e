# A test helper that captures what code prints by replacing builtins.print.
import builtins


def report(items):
    for name, qty in items:
        print(f"{name:<8}{qty:>4}")
    print("total", sum(q for _, q in items))


class CapturePrint:
    def __init__(self):
        self.lines = []

    def __enter__(self):
        self._saved = builtins.print

        def fake(*args, sep=" ", end="\n", file=None):
            self.lines.append(sep.join(str(a) for a in args) + end)

        builtins.print = fake
        return self

    def __exit__(self, *exc):
        builtins.print = self._saved
        return False


with CapturePrint() as cap:
    report([("apples", 3), ("pears", 12)])
    print("inside", "the", "block", sep="-")

print("captured", len(cap.lines), "lines")
for line in cap.lines:
    print(repr(line))
print(builtins.print is print)
print(print.__name__)
