# Splitting URLs into their parts and putting them back.
from urllib.parse import urlsplit, urlunsplit, urlparse, urlunparse

urls = [
    "http://user:pw@Example.COM:8080/a/b;p?x=1&y=2#frag",
    "https://example.com",
    "https://example.com/",
    "ftp://ftp.example.org/pub/file.txt",
    "mailto:someone@example.com",
    "file:///etc/passwd",
    "//cdn.example.com/lib.js",
    "/relative/path?q",
    "relative/path#top",
    "http://[::1]:80/ipv6",
    "http://[fe80::1%25eth0]/zone",
    "  http://spaces.example/ x ",
    "http://ex\tam\nple.com/p\r",
    "HTTP://UPPER.example/PATH",
    "git+ssh://git@github.com/u/r.git",
    "news:comp.lang.python",
    "tel:+1-816-555-1212",
    "path;params?query",
    "1http://not-a-scheme",
    "",
]
for u in urls:
    s = urlsplit(u)
    p = urlparse(u)
    print(repr(u))
    print("  ", s)
    print("  ", p)
    print("   host", s.hostname, "port", s.port, "user", s.username, "pw", s.password)
    print("   unsplit", s.geturl(), urlunsplit(s), "unparse", p.geturl(), urlunparse(p))

print(urlsplit("example.com/x", scheme="https"))
print(urlsplit("http://h/p#f", allow_fragments=False))
print(urlparse("http://h/p;a;b/c;d"))
print(urlunsplit(("http", "", "path", "", "")), urlunsplit(("", "", "//x", "", "")))
print(urlunparse(("https", "h", "p", "par", "q", "f")))
s = urlsplit("http://h:1/p")
print(s.scheme, s[1], s._replace(netloc="other:2").geturl(), s._fields)
print(type(s).__name__, isinstance(s, tuple), len(s))
