# The errors of in-memory and file streams.
import io
import os

b = io.BytesIO(b"data")
for call in [lambda: b.write("text"), lambda: b.seek(-1), lambda: b.seek(0, 3),
             lambda: b.read("2"), lambda: b.truncate(-1), lambda: io.BytesIO("str")]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
b.close()
for call in [b.read, b.getvalue, lambda: b.write(b"x"), b.tell]:
    try:
        call()
    except ValueError as e:
        print("ValueError", e)

path = f"errs_{os.getpid()}.bin"
f = open(path, "wb")
try:
    f.write("text")
except TypeError as e:
    print("TypeError", e)
try:
    f.read()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
f.close()
try:
    f.write(b"x")
except ValueError as e:
    print("ValueError", e)
g = open(path, "rb")
try:
    g.write(b"x")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
g.close()
try:
    g.read()
except ValueError as e:
    print("ValueError", e)
os.remove(path)
try:
    open(path, "rb")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename == path)
