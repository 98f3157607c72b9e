# A JSON API's error bodies built from HTTPStatus.
import json
from http import HTTPStatus


def error_body(status, detail=None):
    s = HTTPStatus(status)
    return json.dumps({"status": s, "title": s.phrase, "detail": detail or s.description},
                      sort_keys=True)


print(error_body(404))
print(error_body(HTTPStatus.FORBIDDEN, "token expired"))
print(error_body(422))
print(json.dumps([HTTPStatus.OK, HTTPStatus.CREATED]))
print(json.dumps({HTTPStatus.OK: 1}))
print("{:>5}|{:<5}|{}".format(HTTPStatus.OK, HTTPStatus.ACCEPTED, HTTPStatus.NO_CONTENT))
