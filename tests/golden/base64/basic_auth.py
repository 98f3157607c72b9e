# HTTP Basic authentication header.
import base64

def basic_auth(user, password):
    token = base64.b64encode(f"{user}:{password}".encode("utf-8")).decode("ascii")
    return "Basic " + token

def parse(header):
    kind, _, token = header.partition(" ")
    user, _, password = base64.b64decode(token).decode("utf-8").partition(":")
    return kind, user, password

h = basic_auth("Aladdin", "open sesame")
print(h)
print(parse(h))
print(parse(basic_auth("j\u00f6rg", "p\u00e4ss:word")))
