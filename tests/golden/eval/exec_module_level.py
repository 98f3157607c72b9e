# exec and eval without dicts at module level use the module's own globals.
x = 10
exec("y = x * 2")
print(y)
exec("x = x + 1")
print(x)
print(eval("x + y"))
for i in range(3):
    exec(f"var{i} = i * i")
print(var0, var1, var2)
exec("def helper():\n    return x * 100")
print(helper())
x = 2
print(helper())
exec("import math\nroot = math.sqrt(81)")
print(root, math.pi > 3)
