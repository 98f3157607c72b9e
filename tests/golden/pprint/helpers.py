# saferepr, isreadable, isrecursive, underscore_numbers, PrettyPrinter objects.
import pprint

print(pprint.saferepr({"b": [1, 2], "a": (3,)}))
print(pprint.isreadable([1, "a"]), pprint.isreadable([object()]), pprint.isrecursive([1]))
r = [1, 2]
r.append(r)
print(pprint.isrecursive(r), pprint.isreadable(r))
print(pprint.pformat(12345678, underscore_numbers=True), pprint.pformat([10**12], underscore_numbers=True))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print("ValueError:", e)
pp = pprint.PrettyPrinter(width=20)
pp.pprint({"abc": [1, 2, 3, 4, 5, 6, 7]})
print(pp.pformat((1, 2)), pp.isreadable((1, 2)))
print(pprint.pformat([("a", 1)] * 8, width=20))
