# exec with separate globals and locals dicts.
g = {"shared": 1}
l = {"mine": 2}
exec("new = shared + mine\nshared_seen = shared", g, l)
print(sorted(k for k in g if k != "__builtins__"), sorted(l))
print(l["new"], l["shared_seen"])
print(eval("mine * 10 + shared", g, l))
l2 = {}
exec("a = 1\nb = a + 1", {}, l2)
print(l2)
