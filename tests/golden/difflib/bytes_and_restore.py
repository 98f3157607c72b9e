# Diffing files of unknown encoding as bytes, and getting both sides back from an ndiff delta.
import difflib

old = [b"name = demo\n", b"version = 1.0\n", b"caf\xe9 = open\n", b"debug = false\n"]
new = [b"name = demo\n", b"version = 1.1\n", b"caf\xe9 = open\n", b"debug = true\n",
       b"extra = yes\n"]

for line in difflib.diff_bytes(difflib.unified_diff, old, new, b"a/setup.cfg", b"b/setup.cfg"):
    print(line)
for line in difflib.diff_bytes(difflib.context_diff, old, new, n=0, lineterm=b""):
    print(line)

for bad in (
    lambda: list(difflib.diff_bytes(difflib.unified_diff, ["text\n"], old)),
    lambda: list(difflib.diff_bytes(difflib.unified_diff, old, new, "a", "b")),
    lambda: list(difflib.unified_diff(old, new)),
    lambda: list(difflib.unified_diff(["a\n"], ["b\n"], fromfile=b"x")),
):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

a = "one\ntwo\nthree\nfour\n".splitlines(keepends=True)
b = "one\ntree\nfour\nfive\n".splitlines(keepends=True)
delta = list(difflib.ndiff(a, b))
print("".join(delta), end="")
print("".join(difflib.restore(delta, 1)) == "".join(a))
print("".join(difflib.restore(delta, 2)) == "".join(b))
try:
    list(difflib.restore(delta, 3))
except ValueError as e:
    print("ValueError:", e)
print(difflib.HtmlDiff(tabsize=4)._tabsize, "diff_bytes" in difflib.__all__)
