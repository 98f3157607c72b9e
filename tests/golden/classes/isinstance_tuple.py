class A: pass
class B: pass
class C(A): pass

for obj in (A(), B(), C(), 1):
    print(type(obj).__name__, isinstance(obj, (A, B)), isinstance(obj, (int, C)))
print(issubclass(C, (B, A)), issubclass(bool, int))
