# Resolving the links of a crawled page against its URL (RFC 3986's examples).
from urllib.parse import urljoin, urldefrag

base = "http://a/b/c/d;p?q"
refs = ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x",
        "g;x?y#s", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g",
        "../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g",
        "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y", "g?y/./x", "g?y/../x",
        "g#s/./x", "g#s/../x", "http:g", "https:g", "a//b", "http://other/x"]
for r in refs:
    print(f"{r!r:14} -> {urljoin(base, r)}")

page = "https://docs.example.org/guide/intro/index.html"
for link in ["setup.html", "../api/", "/about", "//cdn.example.org/x.css", "#top", "?lang=en",
             "mailto:docs@example.org", "ftp://files/x"]:
    print(link, "->", urljoin(page, link))
print(urljoin("", "x"), urljoin("http://h/", ""), urljoin("http://h", "p"))
print(urljoin("http://h/a/b", "c", allow_fragments=False), urljoin("mailto:x", "y"))

for u in ["http://h/p?q#frag", "http://h/p", "page.html#sec-2", "#only"]:
    d = urldefrag(u)
    print(d, d.url, d.fragment, d.geturl(), d[0])
