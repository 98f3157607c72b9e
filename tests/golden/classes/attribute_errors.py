class C:
    def __init__(self):
        self.a = 1

c = C()
try:
    c.b
except AttributeError as e:
    print("AttributeError:", e)
try:
    C.zzz
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.nope
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(c, "a"), getattr(c, "b", None), hasattr(c, "a"))
setattr(c, "b", 5)
delattr(c, "a")
print(c.b, hasattr(c, "a"))
