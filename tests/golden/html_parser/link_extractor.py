# Collects the links and images of a page, resolving them against the page's address.
from html.parser import HTMLParser
from urllib.parse import urljoin

PAGE = """<!DOCTYPE html>
<html lang="en">
<head><title>Widgets &amp; Gadgets</title>
<base href="https://shop.example.com/catalog/">
<link rel="stylesheet" href="/static/site.css">
</head>
<body>
<nav><a href="/">Home</a> | <a href="widgets.html" title="All widgets">Widgets</a>
 | <A HREF='../about?x=1&amp;y=2'>About&nbsp;us</A></nav>
<img src="img/logo.png" alt="Logo"/>
<p>Contact <a href="mailto:sales@example.com">sales</a> or <a>nowhere</a>.</p>
<a href=https://other.example.org/page#top>External</a>
</body></html>
"""


class LinkExtractor(HTMLParser):
    def __init__(self, page_url):
        super().__init__()
        self.base = page_url
        self.links = []
        self.images = []
        self.title = ""
        self._in_title = False
        self._current = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "base" and "href" in a:
            self.base = a["href"]
        elif tag == "a":
            self._current = [urljoin(self.base, a["href"]) if "href" in a else None, ""]
        elif tag == "img":
            self.images.append((urljoin(self.base, a["src"]), a.get("alt")))
        elif tag == "title":
            self._in_title = True

    def handle_endtag(self, tag):
        if tag == "a" and self._current:
            self.links.append(tuple(self._current))
            self._current = None
        elif tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        if self._current is not None:
            self._current[1] += data


p = LinkExtractor("https://shop.example.com/index.html")
p.feed(PAGE)
p.close()
print("title:", repr(p.title))
for href, text in p.links:
    print(f"{text!r:16} -> {href}")
for src, alt in p.images:
    print("image", src, alt)
