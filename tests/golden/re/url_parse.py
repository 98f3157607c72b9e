# Taking URLs apart with one verbose pattern.
import re

URL = re.compile(r"""
    ^(?P<scheme>[a-z][a-z0-9+.-]*)://
    (?:(?P<user>[^:@/]+)(?::(?P<password>[^@/]*))?@)?
    (?P<host>\[[0-9a-f:]+\]|[^:/?#]+)
    (?::(?P<port>\d+))?
    (?P<path>/[^?#]*)?
    (?:\?(?P<query>[^#]*))?
    (?:\#(?P<fragment>.*))?$
""", re.X | re.I)

for u in ["https://example.com", "http://user:pw@host.org:8080/a/b?x=1&y=2#top",
          "ftp://[::1]:21/file.txt", "HTTP://Example.COM/Path?", "not a url", "s3://bucket/key#"]:
    m = URL.match(u)
    if m is None:
        print(u, "-> no match")
        continue
    print(u, "->", {k: v for k, v in m.groupdict().items() if v is not None})
    if m["query"]:
        print("   query:", dict(re.findall(r"([^&=]+)=([^&]*)", m["query"])))
