class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v

print(V(1) == V(1))
try:
    {V(1)}
except TypeError as e:
    print("TypeError:", e)
