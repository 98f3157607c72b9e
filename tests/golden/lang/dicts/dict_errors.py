d = {"a": 1}
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    d[[1]] = 2
except TypeError as e:
    print(e)
try:
    for k in d:
        d["new"] = 1
except RuntimeError as e:
    print(e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
print(d)
d2 = {"x": 1}
print(d2["y"])
