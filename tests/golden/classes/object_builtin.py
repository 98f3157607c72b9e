o = object()
print(type(o).__name__, isinstance(o, object), isinstance(5, object), issubclass(int, object))
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
class C: pass
print(isinstance(C(), object), C.__mro__)
