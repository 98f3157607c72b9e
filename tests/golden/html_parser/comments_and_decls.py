# Comments, doctypes, processing instructions, CDATA and conditional comments.
from html.parser import HTMLParser


class P(HTMLParser):
    def handle_comment(self, data):
        print("comment", repr(data))

    def handle_decl(self, decl):
        print("decl", repr(decl))

    def handle_pi(self, data):
        print("pi", repr(data))

    def unknown_decl(self, data):
        print("unknown_decl", repr(data))

    def handle_data(self, data):
        print("data", repr(data))

    def handle_starttag(self, tag, attrs):
        print("start", tag)

    def handle_endtag(self, tag):
        print("end", tag)


docs = [
    "<!---->",
    "<!-- x -- y -->",
    "<!--a--  >b",
    "<!-->",
    "<!doctype html>",
    "<!DocType HTML SYSTEM 'about:legacy-compat'>",
    "<?php echo 1 ?>",
    "<?xml version='1.0'?><root/>",
    "<![CDATA[ 1 < 2 ]]>",
    "<![if !IE]>not ie<![endif]>",
    "<![include[ x ]] >",
    "<!ELEMENT br EMPTY>",
    "<!>",
    "</ >",
    "</3>",
    "<!--unclosed",
    "<!DOCTYPE unclosed",
    "<?pi unclosed",
]
for d in docs:
    print(repr(d))
    p = P()
    p.feed(d)
    p.close()

try:
    P().feed("<![bogus[ x ]]>")
except AssertionError as e:
    print("AssertionError:", e)
