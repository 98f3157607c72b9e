# A debug logger that keeps huge arguments short with reprlib.
import reprlib
from collections import deque
from array import array

args = [
    list(range(100)), tuple(range(10)), (1,), (), set(range(20)), frozenset("abcdefghij"),
    {i: str(i) * 3 for i in range(10)}, {}, "x" * 100, "short", 10 ** 60, 12345,
    deque(range(10)), array("i", range(20)), array("d"), [[[[[[[1]]]]]]], [[1, [2, [3]]]],
    {"k": {"k": {"k": {"k": {"k": {"k": {"k": 1}}}}}}}, set(), frozenset(), b"bytes" * 20,
    3.14159, None, {3, 1, 1.5},
]
for a in args:
    print(reprlib.repr(a))


def log_call(name, *args):
    print(f"{name}({', '.join(reprlib.repr(a) for a in args)})")


log_call("upload", b"\x00" * 1000, "report.pdf", {"user": "ann", "tags": list("abcdefgh")})
