# Circular structures are caught; check_circular=False leaves it to the recursion limit.
import json

a = [1, 2]
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError:", e)
d = {"name": "loop"}
d["self"] = d
try:
    json.dumps(d, indent=2)
except ValueError as e:
    print("ValueError:", e)


class Node:
    pass


n = Node()
try:
    json.dumps(n, default=lambda o: o)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps(a, check_circular=False)
except RecursionError as e:
    print("RecursionError:", e)
shared = [1]
print(json.dumps([shared, shared, {"again": shared}]))
