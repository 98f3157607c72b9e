# Text files in the encodings programs meet: UTF-16 and UTF-32 with their byte order marks,
# UTF-8 with a signature, Latin-1, and the error handlers.
import os

path = f"enc_{os.getpid()}.txt"
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig", "latin-1", "ascii"]:
    with open(path, "w", encoding=enc) as f:
        f.write("abc\n")
    with open(path, "rb") as f:
        raw = f.read()
    with open(path, encoding=enc) as f:
        back = f.read()
    print(enc, raw, repr(back))

with open(path, "w", encoding="ascii", errors="replace") as f:
    f.write("café €\n")
with open(path, "rb") as f:
    print(f.read())
with open(path, "w", encoding="ascii", errors="backslashreplace") as f:
    f.write("café €\n")
print(open(path, "rb").read())
try:
    with open(path, "w", encoding="ascii") as f:
        f.write("é")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
with open(path, "wb") as f:
    f.write(b"caf\xe9\n")
print(repr(open(path, encoding="latin-1").read()))
print(repr(open(path, encoding="utf-8", errors="surrogateescape").read()))
print(repr(open(path, encoding="utf-8", errors="ignore").read()))
try:
    open(path, encoding="utf-8").read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
os.remove(path)
