class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, P):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x}, {self.y})"

a, b = P(1, 2), P(1, 2)
print(a == b, a is b, a != b, a == 5)
print(len({a, b}), {a: "first"}[b])
print(P(1, 2) in [P(0, 0), P(1, 2)])
