# Bad hosts and ports in URLs: the errors urllib.parse reports.
from urllib.parse import urlsplit, urlparse

for u in ["http://h:99999/", "http://h:-1/", "http://h:abc/", "http://h:/", "http://h:0/",
          "http://h:65535/", "http://h: 80/", "http://h:٣/"]:
    try:
        print(u, urlsplit(u).port)
    except ValueError as e:
        print(u, "ValueError:", e)
for u in ["http://[::1/", "http://::1]/", "http://[1.2.3.4]/", "http://[vzz]/", "http://[v1.x]/",
          "http://[nothex]/"]:
    try:
        print(u, urlsplit(u))
    except ValueError as e:
        print(u, "ValueError:", e)
print(urlparse("http://a@b@c:8/").username, urlparse("http://a@b@c:8/").hostname)
print(urlparse("http://:pw@h/").username, urlparse("http://:pw@h/").password)
print(urlparse("http://u:@h/").password, urlparse("http://@h/").username)
print(urlparse("http:///path").hostname, urlparse("http:///path").port)
print(urlparse("http://[FE80::A%Zone]:8/").hostname)
try:
    urlsplit("http://host:port/").port
except ValueError as e:
    raise SystemExit(f"bad URL: {e}")
