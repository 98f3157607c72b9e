# A tiny URL router: parses request URLs, dispatches on the path, reads the query string.
from urllib.parse import urlparse, parse_qs, parse_qsl, unquote

ROUTES = {}


def route(path):
    def deco(f):
        ROUTES[path] = f
        return f
    return deco


@route("/search")
def search(params):
    q = params.get("q", [""])[0]
    page = int(params.get("page", ["1"])[0])
    tags = params.get("tag", [])
    return f"search q={q!r} page={page} tags={tags}"


@route("/users/profile")
def profile(params):
    return f"profile of {params['name'][0]}"


def handle(url):
    u = urlparse(url)
    handler = ROUTES.get(unquote(u.path))
    if handler is None:
        return f"404 {u.path}"
    try:
        return "200 " + handler(parse_qs(u.query))
    except (KeyError, ValueError) as e:
        return f"400 {type(e).__name__}: {e}"


for url in [
    "http://example.com/search?q=python+3.11&page=2&tag=a&tag=b",
    "https://example.com/search?q=caf%C3%A9%20cr%C3%A8me",
    "/search?q=&page=x",
    "/users/profile?name=Ann%20Lee",
    "/users/profile",
    "/users%2Fprofile?name=x",
    "/nowhere?a=1",
]:
    print(handle(url))

print(parse_qsl("a=1&b=&c&d=4"))
print(parse_qsl("a=1&b=&c&d=4", keep_blank_values=True))
print(parse_qs("x=1;y=2", separator=";"))
print(parse_qs("k=v1&k=v2&k2=%E2%82%AC&k3=a+b"))
print(parse_qsl("a=%ZZ&b=%e2%82"))
print(parse_qsl(""), parse_qs("&&"))
for kwargs in [dict(strict_parsing=True), dict(max_num_fields=2), dict(separator="")]:
    try:
        parse_qsl("a=1&b&c=3", **kwargs)
    except ValueError as e:
        print("ValueError:", e)
