# Dispatching requests on their method with HTTPMethod.
from http import HTTPMethod, HTTPStatus

print(list(HTTPMethod))
print(len(HTTPMethod), HTTPMethod.GET, repr(HTTPMethod.POST), HTTPMethod.PATCH.value)
for m in HTTPMethod:
    print(f"{m.name:8} {m.description}")
print(HTTPMethod("PUT") is HTTPMethod.PUT, HTTPMethod.GET == "GET", "GET" in {HTTPMethod.GET})
print(isinstance(HTTPMethod.GET, str), HTTPMethod.GET.lower(), HTTPMethod.DELETE + "!")

SAFE = {HTTPMethod.GET, HTTPMethod.HEAD, HTTPMethod.OPTIONS, HTTPMethod.TRACE}


def handle(method, path):
    try:
        m = HTTPMethod(method.upper())
    except ValueError:
        return HTTPStatus.NOT_IMPLEMENTED
    if path == "/readonly" and m not in SAFE:
        return HTTPStatus.METHOD_NOT_ALLOWED
    if m is HTTPMethod.POST:
        return HTTPStatus.CREATED
    if m is HTTPMethod.DELETE:
        return HTTPStatus.NO_CONTENT
    return HTTPStatus.OK


for method, path in [("get", "/x"), ("POST", "/x"), ("delete", "/x"), ("put", "/readonly"),
                     ("head", "/readonly"), ("BREW", "/pot")]:
    s = handle(method, path)
    print(method, path, "->", s.value, s.phrase)
