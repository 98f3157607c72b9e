class Code(int):
    pass
class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    def __repr__(self): return f"P({self[0]}, {self[1]})"
class S(str):
    def shout(self): return self.upper() + "!"
c = Code(5)
print(c, repr(c), c + 1, c * 2, -c, c < 6, c == 5, hash(c) == hash(5), [1,2,3,4,5,6][c], type(c).__name__, isinstance(c, int))
p = P(1, 2)
print(p, p.x, len(p), p == (1, 2), isinstance(p, tuple), tuple(p), p + (3,), hash(p) == hash((1,2)))
a, b = p
print(a, b, {p: 1}[(1, 2)], sorted([P(3,1), P(1,2)]))
s = S("hi")
print(s, repr(s), s.shout(), s + "x", s == "hi", {"hi": 3}[s], len(s), f"{s:>5}", "%s" % s, s[0])
print(float(Code(3)), int(S("12")), str(s), type(str(s)))
class F(float): pass
print(F(1.5) * 2, F("2.5"), repr(F(1)))
try:
    c + "x"
except TypeError as e: print(e)
try:
    c < "x"
except TypeError as e: print(e)
try:
    P(1)
except TypeError as e: print(e)
try:
    class Bad(int, str): pass
except TypeError as e: print(e)
print(Code.__mro__)
print(int.__new__(Code, 7), type(int.__new__(Code, 7)).__name__)
