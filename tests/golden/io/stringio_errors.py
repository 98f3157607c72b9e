# Errors StringIO gives.
import io

cases = [
    lambda: io.StringIO(5),
    lambda: io.StringIO("", newline="x"),
    lambda: io.StringIO("", newline=5),
    lambda: io.StringIO().write(5),
    lambda: io.StringIO().read("x"),
    lambda: io.StringIO().truncate(-1),
    lambda: io.StringIO().seek(-1),
    lambda: io.StringIO().seek(0, 3),
    lambda: io.StringIO().seek(1, 1),
    lambda: io.StringIO().fileno(),
]
for c in cases:
    try:
        c()
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
