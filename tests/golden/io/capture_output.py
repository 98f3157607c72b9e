# Capturing what a function prints by passing a stream as file=.
import io


def report(rows, out):
    for name, qty in rows:
        print(name, qty, sep=": ", file=out)
    print("total", sum(q for _, q in rows), file=out, end="!\n")


buf = io.StringIO()
report([("apples", 3), ("pears", 5)], buf)
captured = buf.getvalue()
print(captured.upper(), end="")
print(len(captured.splitlines()))


class Recorder:
    def __init__(self):
        self.calls = []

    def write(self, s):
        self.calls.append(s)


r = Recorder()
print("a", "b", 1, file=r, sep="-")
print(r.calls)
