class Tags(set):
    def __init__(self, items=(), owner="?"):
        super().__init__(items)
        self.owner = owner
    def __repr__(self):
        return f"Tags({sorted(self)!r}, owner={self.owner!r})"
t = Tags(["b", "a"], owner="ann")
t.add("c")
print(t, len(t), "a" in t, type(t).__name__, isinstance(t, set))
u = t | {"z"}
print(type(u).__name__, sorted(u))
print(type(t & {"a"}).__name__, type(t - {"a"}).__name__, type(t ^ {"a"}).__name__)
print(type(t.copy()).__name__, type(t.union([1])).__name__)
t |= {"q"}
print(type(t).__name__, sorted(t))
print(t == {"a", "b", "c", "q"}, t <= {"a", "b", "c", "q", "r"})
class FS(frozenset):
    pass
f = FS([1, 2, 3])
print(f, repr(f), type(f | {4}).__name__, hash(f) == hash(frozenset([1,2,3])))
print(f == frozenset([1,2,3]), {f: 1}[frozenset([1,2,3])])
class FS2(frozenset):
    def __new__(cls, *items):
        return super().__new__(cls, items)
print(FS2(3, 4, 5), type(FS2(1)).__name__)
class S2(set): pass
print(S2(), S2([1]), repr(S2("ab")) in ("S2({'a', 'b'})", "S2({'b', 'a'})"))
class C(complex):
    def __repr__(self):
        return f"C({self.real}, {self.imag})"
c = C(1, 2)
print(c, c.real, c.imag, abs(C(3, 4)), type(c + 1).__name__, c + 1, c * c, -c, c.conjugate())
print(type(c.conjugate()).__name__, c == 1+2j, hash(c) == hash(1+2j), complex(c))
class C2(complex):
    def __new__(cls, r, i=0):
        o = super().__new__(cls, r, i)
        o.tag = "x"
        return o
z = C2(5, 1)
print(z, z.tag, type(z).__name__)
class C3(complex): pass
print(C3("1+2j"), repr(C3(2)))
import copy, pickle
print(copy.copy(t), copy.deepcopy(f))
print(pickle.loads(pickle.dumps(S2([1, 2]))), pickle.loads(pickle.dumps(FS([5]))), pickle.loads(pickle.dumps(C3(1, 2))))
