class C:
    def m(self, a):
        return a

c = C()
try:
    c.m()
except TypeError as e:
    print("TypeError:", e)
try:
    c.m(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    C(1)
except TypeError as e:
    print("TypeError:", e)
