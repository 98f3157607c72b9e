d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["b"], "a" in d, "z" in d)
d["a"] = 10
print(d)
del d["b"]
print(d)
print(d.get("a"), d.get("zz"), d.get("zz", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "->", v)
print({1: "int", 1.0: "float", True: "bool"})
print({(1, 2): "pair"}[(1, 2)])
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]))
print({} == {}, {"a": 1} == {"a": 1}, {"a": 1} == {"a": 2}, bool({}), bool({0: 0}))
