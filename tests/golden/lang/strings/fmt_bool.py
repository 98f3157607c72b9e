# A bool prints as True/False with an empty spec and as an int with any other.
t = True
f = False
print(f"[{t}] [{f}] [{t!s:>6}] [{t!r}]")
print(f"[{t:d}] [{t:5}] [{f:<3}] [{t:x}] [{t:.2f}] [{f:+}] [{t:b}]")
try:
    print(f"{t:s}")
except ValueError as e:
    print("ValueError:", e)
