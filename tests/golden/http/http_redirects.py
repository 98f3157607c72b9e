# Following redirects: which statuses keep the method and which turn it into GET.
from http import HTTPStatus, HTTPMethod

KEEP = (HTTPStatus.TEMPORARY_REDIRECT, HTTPStatus.PERMANENT_REDIRECT)
REDIRECTS = [s for s in HTTPStatus if 300 <= s.value < 400]
for s in REDIRECTS:
    method = HTTPMethod.POST if s in KEEP else HTTPMethod.GET
    print(s.value, s.phrase, "->", method, "|", s.description)
print(len(REDIRECTS), HTTPStatus.FOUND.phrase, HTTPStatus.SEE_OTHER.description)
