class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __lt__(self, other):
        return self.parts < other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

vs = [Version("1.10"), Version("1.2"), Version("0.9")]
print(sorted(vs))
print(max(vs), min(vs))
print(Version("1.2") > Version("1.1"), Version("1.0") <= Version("1.0") if hasattr(Version, "__le__") else "no le")
