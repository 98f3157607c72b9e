# An API wrapper that names HTTP failures with http.client's exceptions and status constants.
import http.client
from http.client import (HTTPException, IncompleteRead, BadStatusLine, RemoteDisconnected,
                         LineTooLong, UnknownProtocol, responses)


def describe(status):
    return f"{status} {responses.get(status, 'Unknown')}"


for code in (http.client.OK, http.client.NOT_FOUND, 418, 599):
    print(describe(code))
print(http.client.HTTP_PORT, http.client.HTTPS_PORT, http.client.error is HTTPException)
print(http.client.OK == 200, repr(http.client.OK), http.client.NOT_FOUND.phrase)

errors = [
    IncompleteRead(b"partial body", 20),
    IncompleteRead(b""),
    BadStatusLine(""),
    BadStatusLine("HTTP/9 what"),
    RemoteDisconnected("Remote end closed connection without response"),
    LineTooLong("header line"),
    UnknownProtocol("HTTP/3.7"),
    http.client.CannotSendRequest("Request-sent"),
]
for e in errors:
    print(type(e).__name__, repr(e), str(e), e.args)
    print("  ", isinstance(e, HTTPException), isinstance(e, ConnectionError),
          isinstance(e, http.client.ImproperConnectionState))

try:
    raise RemoteDisconnected("closed")
except ConnectionResetError as e:
    print("retrying after:", e, e.line == repr(""))
print(sorted(n for n in http.client.__all__ if n.endswith("Error") or n == "error"))
print("HTTPConnection" in http.client.__all__, len(responses) > 60)
