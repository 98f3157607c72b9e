# select.select's timeout: a number of seconds or None, never negative.
import os
import select

r, w = os.pipe()
print(select.select([r], [w], [], 0))
print(select.select([r], [], [], 0.0), select.select([], [w], [], True))
for bad in [-1, -0.5, "soon", [1], 1j]:
    try:
        select.select([r], [], [], bad)
    except (TypeError, ValueError) as e:
        print(f"{bad!r}: {type(e).__name__}: {e}")
os.write(w, b"x")
print(select.select([r], [], [], None))
os.close(r)
os.close(w)
