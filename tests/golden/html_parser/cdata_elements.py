# script and style content is passed through untouched until the matching end tag.
from html.parser import HTMLParser


class P(HTMLParser):
    def handle_starttag(self, tag, attrs):
        print("start", tag, self.cdata_elem)

    def handle_endtag(self, tag):
        print("end", tag, self.cdata_elem)

    def handle_data(self, data):
        print("data", repr(data))

    def handle_comment(self, data):
        print("comment", repr(data))


for src in [
    '<script>if (a<b) {x="</div>"}</script>',
    "<SCRIPT>a &amp; b</Script>after &amp;",
    "<style>/* <!-- not a comment --> */ p{}</style >",
    "<script>unclosed <b>bold",
    "<script>var s = '</scr' + 'ipt>';</script>",
    "<textarea><b>bold</b></textarea>",
    "<script/>x</script>",
]:
    print(repr(src))
    p = P()
    p.feed(src)
    p.close()
    print("left:", repr(p.rawdata))


class Custom(P):
    CDATA_CONTENT_ELEMENTS = ("script", "style", "textarea")


c = Custom()
c.feed("<textarea><b>bold</b> &amp;</textarea>")
c.close()
