# Classifying responses by status for a retrying HTTP client.
from http import HTTPStatus

RETRY = {HTTPStatus.TOO_MANY_REQUESTS, HTTPStatus.SERVICE_UNAVAILABLE, HTTPStatus.GATEWAY_TIMEOUT,
         HTTPStatus.BAD_GATEWAY}


def classify(code):
    s = HTTPStatus(code)
    if 200 <= s < 300:
        kind = "success"
    elif 300 <= s < 400:
        kind = "redirect"
    elif s in RETRY:
        kind = "retry"
    elif s >= 500:
        kind = "server error"
    else:
        kind = "client error"
    return f"{s.value} {s.name} ({kind}): {s.description or s.phrase}"


for code in [100, 200, 206, 302, 308, 404, 410, 422, 429, 500, 502, 504, 511]:
    print(classify(code))
print(sorted(RETRY))
print(max(HTTPStatus), min(HTTPStatus), sum(s for s in HTTPStatus if s < 200))
print(HTTPStatus.OK < HTTPStatus.CREATED, HTTPStatus.OK * 2, int(HTTPStatus.OK), float(HTTPStatus.OK))
print({HTTPStatus.OK: "a"}[200], hash(HTTPStatus.OK) == hash(200))
