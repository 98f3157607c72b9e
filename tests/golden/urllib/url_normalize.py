# Canonicalising URLs for a cache key: scheme and host lower case, default ports dropped,
# query parameters sorted, fragments removed, dot segments resolved.
from urllib.parse import urlsplit, urlunsplit, parse_qsl, urlencode, urljoin, quote, unquote

DEFAULT_PORTS = {"http": 80, "https": 443}


def canonical(url):
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port
    netloc = host if port in (None, DEFAULT_PORTS.get(parts.scheme)) else f"{host}:{port}"
    if parts.username:
        netloc = parts.username + "@" + netloc
    path = urljoin("http://x/", quote(unquote(parts.path or "/"), safe="/%:@"))
    path = urlsplit(path).path
    query = urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return urlunsplit((parts.scheme, netloc, path, query, ""))


seen = {}
for u in [
    "HTTP://Example.com:80/a/./b/../c?z=1&a=2#x",
    "http://example.com/a/c?a=2&z=1",
    "https://Example.com:443",
    "https://example.com/",
    "https://example.com:8443/%7Euser/file%20name",
    "https://bob@example.com/~user/file name",
    "http://example.com/a?b=&a=",
]:
    key = canonical(u)
    seen.setdefault(key, []).append(u)
    print(key)
print(len(seen), [len(v) for v in seen.values()])
