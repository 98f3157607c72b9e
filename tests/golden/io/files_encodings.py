# Encodings and the errors argument.
import os

path = f"files_encodings_{os.getpid()}.txt"
with open(path, "w", encoding="utf-8") as f:
    f.write("Привет, 世界 😀\n")
with open(path, encoding="utf-8") as f:
    text = f.read()
print(text, end="")
print(len(text))
with open(path, "w", encoding="latin-1") as f:
    f.write("café")
with open(path, encoding="latin-1") as f:
    print(f.read())
try:
    with open(path) as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
with open(path, errors="replace") as f:
    print(f.read())
with open(path, errors="ignore") as f:
    print(f.read())
f = open(path, "w", encoding="ascii")
try:
    f.write("naïve")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
f.close()
with open(path, "w", encoding="ascii", errors="replace") as f:
    f.write("naïve")
print(open(path).read())
os.remove(path)
