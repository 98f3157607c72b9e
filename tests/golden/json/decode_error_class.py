# JSONDecodeError is a ValueError with its own attributes.
import json

try:
    json.loads('{"name": "x",\n "age": }')
except ValueError as e:
    print(type(e).__name__, isinstance(e, json.JSONDecodeError))
    print(e)
    print(e.args)
    print(e.msg, e.pos, e.lineno, e.colno)
    print(e.doc.splitlines()[e.lineno - 1])
err = json.JSONDecodeError("Custom", "line one\nline two", 12)
print(err, err.lineno, err.colno)
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads("\ufeff[1]")
except json.JSONDecodeError as e:
    print(e)
for bad in [1, None, [1], {"a": 1}]:
    try:
        json.loads(bad)
    except TypeError as e:
        print("TypeError:", e)
