# MethodType binds a function to an object, as attribute access does.
import types


class Counter:
    def __init__(self):
        self.n = 0


def bump(self, by=1):
    self.n += by
    return self.n


c = Counter()
c.bump = types.MethodType(bump, c)
print(c.bump(), c.bump(5), c.n)
m = types.MethodType(bump, c)
print(m.__self__ is c, m.__func__ is bump)
print(isinstance(m, types.MethodType))
for args in [(1, 2), (bump,)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print(e)
