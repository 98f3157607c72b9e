class Registry(dict):
    def __missing__(self, key):
        self[key] = []
        return self[key]

r = Registry(a=[1])
r["b"].append(2)
print(r, len(r), "b" in r, sorted(r), r.get("a"), list(r.items()))
print(isinstance(r, dict), dict(r), {**r}, type(r).__name__)

class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key, str(value).upper())

u = Upper()
u["k"] = "v"
print(u, u["k"])

class Config(dict):
    def __init__(self, name, **options):
        super().__init__(**options)
        self.name = name

c = Config("app", debug=True)
print(c, c.name, c["debug"])
del c["debug"]
print(c, bool(c))
