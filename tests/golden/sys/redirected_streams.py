# A program that captures its own output: sys.stdout and sys.stderr replaced by objects,
# then restored; print, input's prompt, warnings, tracebacks and sys.excepthook follow them.
import io
import sys
import warnings


class Tee:
    """Writes to two streams, counting the writes."""

    def __init__(self, *streams):
        self.streams = streams
        self.writes = 0

    def write(self, text):
        self.writes += 1
        for s in self.streams:
            s.write(text)
        return len(text)

    def flush(self):
        pass


captured = io.StringIO()
sys.stdout = captured
print("report line", 1, 2, sep=", ")
print()
print("no newline", end="")
sys.stdout = sys.__stdout__
print("captured:", repr(captured.getvalue()))

log = io.StringIO()
sys.stdout = Tee(sys.__stdout__, log)
print("both places")
writes = sys.stdout.writes
sys.stdout = sys.__stdout__
print("log:", repr(log.getvalue()), "writes:", writes)

sys.stdout = None
print("dropped on the floor")
sys.stdout = sys.__stdout__
print("back")

errors = io.StringIO()
sys.stderr = errors
warnings.warn("disk almost full")
print("explicit", file=sys.stderr)
try:
    {}["missing"]
except KeyError:
    sys.excepthook(*sys.exc_info())
sys.stderr = sys.__stderr__
text = errors.getvalue().replace(__file__, "FILE")
print("stderr got:")
# (the lines of carets under a source line are left out: see LIMITATIONS.md)
print("\n".join(l for l in text.splitlines() if l.strip().strip("~^")))
print(sys.excepthook is sys.__excepthook__)

try:
    sys.excepthook(ValueError, "not an exception", None)
except TypeError as e:
    print("TypeError:", e)

sys.stdin = io.StringIO("alice\n")
answer_buf = io.StringIO()
sys.stdout = answer_buf
name = input("name? ")
sys.stdout = sys.__stdout__
print(repr(answer_buf.getvalue()), name)


def hook(kind, value, tb):
    print("hook saw", kind.__name__, value, tb.tb_lineno > 0)


sys.excepthook = hook
raise RuntimeError("handled by the hook")
