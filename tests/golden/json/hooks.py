# object_hook, object_pairs_hook, parse_float, parse_int, parse_constant.
import json
from collections import OrderedDict


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


def as_vec(d):
    if d.get("__vec__"):
        return Vec(d["x"], d["y"])
    return d


text = '{"a": {"__vec__": true, "x": 1, "y": 2}, "b": [{"__vec__": true, "x": 3, "y": 4}], "c": {}}'
print(json.loads(text, object_hook=as_vec))
print(json.loads('{"z": 1, "a": 2, "z": 3}', object_pairs_hook=list))
print(json.loads('{"z": 1, "a": {"q": 2}}', object_pairs_hook=OrderedDict))
# object_pairs_hook wins over object_hook.
print(json.loads('{"k": 1}', object_hook=lambda d: "hook", object_pairs_hook=lambda p: "pairs"))
print(json.loads("[1.5, 2, 3.25e1]", parse_float=lambda s: "F" + s))
print(json.loads("[1.5, 2, -30]", parse_int=lambda s: int(s) * 100))
print(json.loads("[1, 2.0]", parse_int=float))
print(json.loads("[NaN, Infinity, -Infinity]", parse_constant=lambda name: name.lower()))
seen = []
json.loads('{"a": {"b": {}}, "c": [{}]}', object_hook=lambda d: seen.append(sorted(d)) or d)
print(seen)


def no_constants(name):
    raise ValueError(f"invalid JSON constant {name}")


try:
    json.loads('{"x": NaN}', parse_constant=no_constants)
except ValueError as e:
    print("ValueError:", e)
