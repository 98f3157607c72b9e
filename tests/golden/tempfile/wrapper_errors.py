import os
import tempfile

f = tempfile.NamedTemporaryFile("w+")
print(f.mode, f.closed, hasattr(f, "write"))
f.close()
print(f.closed, os.path.exists(f.name))
f.close()
try:
    f.write("x")
except ValueError as e:
    print("ValueError:", e)
try:
    tempfile.mkdtemp(dir="/no/such/place")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
