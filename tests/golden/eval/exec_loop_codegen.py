# Generating many small functions from templates with exec.
ops = {"add": "+", "sub": "-", "mul": "*", "floordiv": "//"}
namespace = {}
for name, symbol in ops.items():
    exec(f"def {name}(a, b):\n    return a {symbol} b", namespace)
for name in ops:
    print(name, namespace[name](17, 5))
table = {name: eval(f"lambda a, b: a {symbol} b") for name, symbol in ops.items()}
print({name: f(9, 4) for name, f in table.items()})
