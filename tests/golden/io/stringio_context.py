# StringIO as a context manager, and what a closed one says.
import io

with io.StringIO("data") as s:
    print(s.read(), s.closed, s.readable(), s.writable(), s.seekable(), s.isatty())
print(s.closed)
for op in [s.read, s.getvalue, lambda: s.write("x"), s.tell, lambda: s.seek(0), s.readline,
           lambda: iter(s), s.readable]:
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
s.close()
print(repr(io.StringIO()).startswith("<_io.StringIO object at 0x"))
