# `_io` holds the classes and functions `io` is made of: the same objects.
import _io
b = _io.BytesIO(b"abc")
print(b.read(), _io.DEFAULT_BUFFER_SIZE, _io.text_encoding(None), _io.text_encoding("ascii"))
import io
print(_io.open is io.open, _io.BytesIO is io.BytesIO, _io.StringIO is io.StringIO, _io.TextIOWrapper is io.TextIOWrapper)
print(issubclass(_io.BytesIO, io.BufferedIOBase), issubclass(_io.UnsupportedOperation, OSError))
s = _io.StringIO()
s.write("x")
print(s.getvalue())
with _io.open_code(__file__) as f:
    print(f.read(10))
