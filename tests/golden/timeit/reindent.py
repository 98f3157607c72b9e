# The source timeit builds for a statement, and reindent.
import timeit

print(timeit.reindent("a\nb\n  c", 4))
t = timeit.Timer("for i in range(2):\n    pass", setup="import os\nx = 1")
print(t.src)
t = timeit.Timer(print)
print("_stmt()" in t.src, "_setup" in t.src)
print(timeit.dummy_src_name)
