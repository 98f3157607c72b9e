# How attributes are read: quoting, case, duplicates, references, odd spacing and bad markup.
from html.parser import HTMLParser


class Attrs(HTMLParser):
    def handle_starttag(self, tag, attrs):
        print("start", tag, attrs)

    def handle_startendtag(self, tag, attrs):
        print("startend", tag, attrs)

    def handle_data(self, data):
        print("data", repr(data))


tests = [
    '<a href="x" HREF=\'y\' Title=z>',
    '<input type=checkbox checked disabled="">',
    '<img src = "a b.png" alt= spaced >',
    '<a href="?a=1&amp;b=2&lt;&#62;&#x3e;&copy">',
    '<a href="?a=1&b=2&copy=3">',
    '<div class="" id>',
    '<p a="1"b="2">',
    '<p a=="2" c = = d>',
    '<x a/b=c>',
    '<br/ >',
    '<meta charset=utf-8/>',
    '<span data-json=\'{"k": "v"}\'>',
    '<a title="&lt;b&gt;">',
    '<a title="&unknown; &amp">',
    '<a b="c"/d>',
    "<a\tb\n=\n'c'\r>",
    '<div "quoted">',
    '<a =b>',
    '<tag a=<b>',
]
for t in tests:
    print(repr(t))
    p = Attrs()
    p.feed(t)
    p.close()
