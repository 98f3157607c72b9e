# Keys that are not strings become strings; others are refused unless skipkeys.
import json

print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none", "s": "str"}))
print(json.dumps({False: 0, float("inf"): 1, -7: 2, 2**70: 3}))
for bad in [{(1, 2): "tuple"}, {frozenset(): 1}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
print(json.dumps({(1, 2): "skipped", "kept": 1}, skipkeys=True))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 0, "y": 1}}, sort_keys=True))
try:
    json.dumps({1: "a", "b": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)
print(json.loads('{"a": 1, "a": 2, "b": 3}'))
