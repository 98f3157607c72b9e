# Building text in memory and reading it back.
import io

buf = io.StringIO()
print(buf.write("hello\n"), buf.write("world"), buf.tell())
print(repr(buf.getvalue()))
buf.seek(0)
print(repr(buf.readline()), repr(buf.readline()), repr(buf.readline()))
report = io.StringIO()
for name, score in [("ann", 90), ("bob", 72)]:
    print(f"{name:>5}: {score}", file=report)
print(report.getvalue(), end="")
print(repr(io.StringIO("initial").read()), repr(io.StringIO().getvalue()), repr(io.StringIO(None).getvalue()))
