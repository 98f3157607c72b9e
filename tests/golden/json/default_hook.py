# default= turns unknown objects into JSON-able ones.
import json
from datetime import date


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def encode(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    if isinstance(o, date):
        return o.isoformat()
    raise TypeError(f"cannot encode {type(o).__name__}")


print(json.dumps({"p": Point(1, 2), "tags": {"b", "a"}, "day": date(2024, 3, 1)}, default=encode))
print(json.dumps([Point(0, Point(1, 1))], default=encode))
print(json.dumps([{1, 2}], default=list))
try:
    json.dumps({"x": object()}, default=encode)
except TypeError as e:
    print("TypeError:", e)
for bad in [object(), {1, 2}, b"bytes", range(3)]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
