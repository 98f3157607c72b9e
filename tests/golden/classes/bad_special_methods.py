def f():
    try:
        super()
    except RuntimeError as e:
        print("RuntimeError:", e)
f()
class A:
    @staticmethod
    def s():
        return super()
    def __repr__(self):
        return repr(self)
try:
    A.s()
except Exception as e:
    print(type(e).__name__, e)
try:
    repr(A())
except RecursionError as e:
    print("RecursionError")
class B:
    def __init__(self):
        B()
try:
    B()
except RecursionError:
    print("RecursionError init")
class C:
    def __getattr__(self, n):
        return self.missing
try:
    C().x
except RecursionError:
    print("RecursionError getattr")
try:
    super(int, "x")
except TypeError as e:
    print("TypeError:", e)
class D:
    def __eq__(self, o): return self == o
try:
    D() == D()
except RecursionError:
    print("RecursionError eq")
class E:
    def __iter__(self): return 5
try:
    list(E())
except TypeError as e:
    print("TypeError:", e)
class F:
    def __str__(self): return 5
try:
    str(F())
except TypeError as e:
    print("TypeError:", e)
class G:
    def __hash__(self): return "x"
try:
    hash(G())
except TypeError as e:
    print("TypeError:", e)
