# A bound method's deep copy is bound to a copy of its object.
import copy


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n


c = Counter()
handlers = {"bump": c.bump, "obj": c}
h2 = copy.deepcopy(handlers)
print(h2["bump"](), h2["bump"](), c.n, h2["obj"].n)
print(h2["bump"].__self__ is h2["obj"])
m = copy.copy(c.bump)
print(m(), c.n)
