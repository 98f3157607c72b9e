# indent as a number, as a string, zero and negative; empty containers stay on one line.
import json

doc = {"users": [{"id": 1, "roles": []}, {"id": 2, "roles": ["admin"]}], "meta": {}}
print(json.dumps(doc, indent=2))
print(json.dumps(doc, indent="\t"))
print(json.dumps([1, [2, 3]], indent=0))
print(json.dumps([1, [2, 3]], indent=-3))
print(json.dumps({"a": 1}, indent=True))
print(json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps("just a string", indent=2))
