# getpos() tracks line and column as text is consumed; reset() forgets everything.
from html.parser import HTMLParser


class Pos(HTMLParser):
    def handle_starttag(self, tag, attrs):
        print("start", tag, self.getpos(), self.lasttag)

    def handle_endtag(self, tag):
        print("end", tag, self.getpos())

    def handle_data(self, data):
        print("data", repr(data), self.getpos())


p = Pos()
p.feed("line one\n<a>\n  <b>two\nlines</b>\r\n<c\nattr='x\ny'>")
print(p.getpos())
p.feed("</c>")
p.close()
print(p.getpos(), repr(p.rawdata))
p.reset()
print(p.getpos(), repr(p.rawdata), p.lasttag, p.get_starttag_text())
p.feed("<q>")
print(p.get_starttag_text())
print(p.getpos())
print(HTMLParser.__mro__[1].__module__, HTMLParser.__mro__[1].__name__)
print(HTMLParser().convert_charrefs, HTMLParser(convert_charrefs=False).convert_charrefs)
try:
    HTMLParser(False)
except TypeError as e:
    print("TypeError")
# the default handlers do nothing
base = HTMLParser()
base.feed("<a href=x>t</a><!--c--><?pi><!doctype x>&amp;&#1;")
base.close()
print("done")
