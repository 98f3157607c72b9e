# __builtins__ in a globals dict decides which builtins the code sees.
ns = {"__builtins__": {"len": len}}
print(eval("len('abc')", ns))
try:
    eval("print('hidden')", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)
g = {}
eval("1", g)
print(list(g), type(g["__builtins__"]).__name__)
