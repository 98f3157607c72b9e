# Turns an HTML page into plain text: skips scripts and styles, breaks lines at blocks.
from html.parser import HTMLParser
import re

BLOCKS = {"p", "div", "h1", "h2", "li", "br", "tr", "title"}


class TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in BLOCKS:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("* ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(re.sub(r"\s+", " ", data))

    def text(self):
        lines = [l.strip() for l in "".join(self.parts).split("\n")]
        return "\n".join(l for l in lines if l)


page = """<html><head><title>Release notes</title>
<style>body { font: 12px serif }</style>
<script>var x = "<p>not text</p>";</script></head>
<body><h1>Version 2.0 &ndash; &ldquo;Otter&rdquo;</h1>
<p>This   release
fixes <b>many</b> bugs &amp; adds features:</p>
<ul><li>Faster start-up (&gt;2&times;)</li><li>Caf&#233; mode</li><li>&euro;5 &lt; &pound;5</li></ul>
<div>Thanks to everyone!<br>See you soon&hellip;</div>
</body></html>"""

t = TextExtractor()
t.feed(page)
t.close()
print(t.text())
