# A rough memory report of a record's fields, the way a user might total them.
import sys

record = ("user-42", 1_000_000, 3.25, b"\x00" * 16, None, (1, 2), "naïve", "日本")
total = 0
for field in record:
    size = sys.getsizeof(field)
    total += size
    print(f"{type(field).__name__:8} {size:4d}")
print("total", total, "container", sys.getsizeof(record))
print([sys.getsizeof(10 ** k) for k in range(0, 40, 9)])
print([sys.getsizeof("x" * n) for n in (0, 1, 10, 100)])
