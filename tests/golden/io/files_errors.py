# What goes wrong with files, with CPython's messages.
import io
import os

for args in [("missing.txt",), ("missing_dir/x.txt", "w"), (".",), (".", "w")]:
    try:
        open(*args)
    except OSError as e:
        print(type(e).__name__, "|", e, "|", e.errno, e.strerror, e.filename)
path = f"files_errors_{os.getpid()}.txt"
open(path, "w").close()
for m in ["rw", "q", "rr", "", "rt+", "bt", "wa", "+"]:
    try:
        open(path, m).close()
        print(repr(m), "ok")
    except ValueError as e:
        print(repr(m), "ValueError:", e)
with open(path) as f:
    try:
        f.write("x")
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation:", e)
with open(path, "w") as f:
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation:", e)
    try:
        f.write(5)
    except TypeError as e:
        print("TypeError:", e)
f = open(path)
f.close()
for op in [f.read, f.readline, lambda: f.write("x"), lambda: next(f)]:
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
try:
    open(5.5)
except TypeError as e:
    print("TypeError:", e)
try:
    with open("missing.txt") as f:
        pass
except FileNotFoundError:
    print("caught by with")
os.remove(path)
