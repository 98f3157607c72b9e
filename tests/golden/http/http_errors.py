# Looking up unknown status codes and names.
from http import HTTPStatus, HTTPMethod

for v in [999, 0, "200", 200.0, None]:
    try:
        print(repr(HTTPStatus(v)))
    except ValueError as e:
        print("ValueError:", e)
for n in ["TEAPOT", "ok"]:
    try:
        HTTPStatus[n]
    except KeyError as e:
        print("KeyError:", e)
try:
    HTTPMethod("get")
except ValueError as e:
    print("ValueError:", e)
try:
    HTTPStatus.OK = 201
except AttributeError as e:
    print("AttributeError:", e)
try:
    HTTPStatus(600)
except ValueError as e:
    raise SystemExit(f"bad status: {e}")
