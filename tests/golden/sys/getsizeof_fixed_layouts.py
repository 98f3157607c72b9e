# sys.getsizeof for the objects whose size CPython's layout fixes, and user __sizeof__.
import sys
vals = [0, 1, -1, 2**30-1, 2**30, 2**60, 2**63, -2**63, 2**64, 10**100, -10**100, True, False, None, 1.5, 1j, "", "a", "abc", "é", "éa", "€", "😀", "a"*100, "ab€😀", b"", b"abc", (), (1,), (1,2,3), range(10), slice(1,2), Ellipsis, NotImplemented, memoryview(b'x'), 1e300, ((),)]
for v in vals:
    print(type(v).__name__, sys.getsizeof(v), sys.getsizeof(v, -1))
class Sized:
    def __sizeof__(self):
        return 100
class Bad:
    def __sizeof__(self):
        return -1
class Broken:
    def __sizeof__(self):
        raise TypeError("nope")
print(sys.getsizeof(Sized()), sys.getsizeof(Broken(), "fallback"))
for f in (lambda: sys.getsizeof(Bad()), lambda: sys.getsizeof(Broken()), lambda: sys.getsizeof()):
    try: f()
    except Exception as e: print(type(e).__name__, e)
class S:
    __slots__ = ('a',)
    def __sizeof__(self): return 100
class T(S): pass
class U(S):
    __slots__ = ()
class W(int):
    def __sizeof__(self): return 100
class X(list):
    def __sizeof__(self): return 100
class E(Exception):
    def __sizeof__(self): return 100
print(sys.getsizeof(S()), sys.getsizeof(T()), sys.getsizeof(U()), sys.getsizeof(W()), sys.getsizeof(X()))
