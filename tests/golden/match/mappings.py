# Mapping patterns: extra keys are allowed, **rest collects them, keys may be dotted names.
from collections import OrderedDict, defaultdict


class Keys:
    NAME = "name"
    AGE = "age"


def person(d):
    match d:
        case {Keys.NAME: name, Keys.AGE: int(age)} if age >= 18:
            return f"adult {name}"
        case {Keys.NAME: name, Keys.AGE: age}:
            return f"minor {name} ({age})"
        case {Keys.NAME: name, **extra}:
            return f"{name} with {extra}"
        case {}:
            return f"some mapping of {len(d)}"
        case _:
            return "not a mapping"


print(person({"name": "ann", "age": 30}))
print(person({"name": "bo", "age": 12, "x": 1}))
print(person({"name": "cy", "city": "Oslo", "zip": "0150"}))
print(person({}))
print(person({1: 2}))
print(person([("name", "x")]))
print(person(OrderedDict(name="od", age=40)))

dd = defaultdict(list)
dd["name"] = "dd"
print(person(dd))
print(sorted(dd))  # matching does not create missing keys

match {"a": 1, "b": 2, "c": 3}:
    case {"b": b, **rest}:
        print(b, rest, type(rest).__name__)

match {1: "one", 2.0: "two", None: "none", True: "yes"}:
    case {1: x, 2: y, None: z}:
        print(x, y, z)
