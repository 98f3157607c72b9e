class Proxy:
    def __init__(self, target):
        self.target = target
    def __getattr__(self, name):
        print("forwarding", name)
        return getattr(self.target, name)

p = Proxy([3, 1, 2])
p.sort()
print(p.target, p.count(1))
class Dyn:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(name)
d = Dyn()
print(d.xyz, hasattr(d, "abc"), getattr(d, "abc", "default"))
