# Code objects: repr, filename, and running them in different namespaces.
c = compile("result = a * b", "calc.py", "exec")
print(repr(c).startswith("<code object <module> at 0x"), repr(c).endswith('file "calc.py", line 1>'))
print(c.co_filename, c.co_name)
for a, b in [(2, 3), (4, 5)]:
    ns = {"a": a, "b": b}
    exec(c, ns)
    print(ns["result"])
print(eval(compile("a - b", "e.py", "eval"), {"a": 9, "b": 4}))
