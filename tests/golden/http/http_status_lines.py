# Writing HTTP/1.1 status lines for a small server's responses.
from http import HTTPStatus


def status_line(code):
    s = HTTPStatus(code)
    return f"HTTP/1.1 {s.value} {s.phrase}"


for code in [200, 201, 204, 301, 304, 400, 401, 403, 404, 418, 429, 500, 503]:
    print(status_line(code))
print(HTTPStatus.OK, repr(HTTPStatus.OK), HTTPStatus.OK.name, HTTPStatus.OK.value)
print(f"{HTTPStatus.NOT_FOUND}", "%d" % HTTPStatus.NOT_FOUND, str(HTTPStatus.NOT_FOUND))
print(HTTPStatus.NOT_FOUND == 404, HTTPStatus.NOT_FOUND + 1, HTTPStatus(404) is HTTPStatus.NOT_FOUND)
print(HTTPStatus["IM_A_TEAPOT"].phrase, HTTPStatus.IM_A_TEAPOT.description)
