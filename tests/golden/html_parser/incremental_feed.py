# Feeding a document in small pieces gives the same events as feeding it whole.
from html.parser import HTMLParser


class Collector(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, tuple(attrs)))

    def handle_endtag(self, tag):
        self.events.append(("end", tag))

    def handle_data(self, data):
        self.events.append(("data", data))

    def handle_comment(self, data):
        self.events.append(("comment", data))

    def handle_entityref(self, name):
        self.events.append(("entity", name))

    def handle_charref(self, name):
        self.events.append(("char", name))


def merged(events):
    out = []
    for e in events:
        if out and e[0] == "data" and out[-1][0] == "data":
            out[-1] = ("data", out[-1][1] + e[1])
        else:
            out.append(e)
    return out


DOC = ('<ul id="menu"><li class="a">One &amp; two</li><!-- sep --><li>Caf&eacute; '
       '&#233;t&#xE9;</li><script>x = "<li>"</script></ul>tail &lt;')

for convert in (True, False):
    whole = Collector(convert_charrefs=convert)
    whole.feed(DOC)
    whole.close()
    for size in (1, 2, 3, 7):
        parts = Collector(convert_charrefs=convert)
        for k in range(0, len(DOC), size):
            parts.feed(DOC[k:k + size])
        parts.close()
        print(convert, size, merged(parts.events) == merged(whole.events))
    for e in whole.events:
        print(" ", e)

# Without close(), an unfinished tail stays buffered.
c = Collector()
c.feed("<p>hello <b")
print(c.events, repr(c.rawdata))
c.feed(">world</b>&am")
print(c.events, repr(c.rawdata))
c.close()
print(c.events, repr(c.rawdata))
