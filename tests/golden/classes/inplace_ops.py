class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __repr__(self):
        return f"Acc({self.items})"

a = Acc()
keep = a
a += 1
a += 2
print(a, a is keep)

class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + o)
    def __repr__(self):
        return f"Num({self.v})"

n = Num(1)
old = n
n += 5
print(n, old, n is old)
