# SAX: escaping helpers, XMLGenerator writing events, and a ContentHandler counting elements.
import io
import xml.sax
from xml.sax.saxutils import XMLGenerator, escape, quoteattr, unescape

print(escape("AT&T <rocks> \"yes\""))
print(escape("a + b", {"+": "&#43;"}))
print(unescape("&lt;p&gt; &amp;amp; &quot;q&quot;"), unescape("&quot;", {"&quot;": '"'}))
print(quoteattr("plain"), quoteattr('say "hi"'), quoteattr("it's"), quoteattr("both ' and \""))
print(quoteattr("tab\there\nnewline"))

out = io.StringIO()
gen = XMLGenerator(out, encoding="utf-8")
gen.startDocument()
gen.startElement("menu", {"lang": "fr"})
gen.characters("Caf\u00e9 & cr\u00e8me")
gen.startElement("item", {"price": '3 "EUR"'})
gen.endElement("item")
gen.processingInstruction("note", "x")
gen.endElement("menu")
gen.endDocument()
print(out.getvalue())
short = io.StringIO()
g2 = XMLGenerator(short, short_empty_elements=True)
g2.startElement("a", {})
g2.startElement("b", {})
g2.endElement("b")
g2.endElement("a")
print(short.getvalue())


class Counter(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.counts = {}
        self.chars = 0

    def startDocument(self):
        print("start document")

    def startElement(self, name, attrs):
        self.counts[name] = self.counts.get(name, 0) + 1
        if attrs.getLength():
            print(" ", name, dict(attrs.items()), attrs.getValue(attrs.getNames()[0]))

    def characters(self, content):
        self.chars += len(content)

    def endDocument(self):
        print("end document", self.counts, self.chars)


xml.sax.parseString(b"<orders><order id='7' rush='no'><line/><line/></order>text</orders>",
                    Counter())
try:
    xml.sax.parseString(b"<a><b></a>", Counter())
except xml.sax.SAXParseException as e:
    print("SAXParseException:", e, e.getLineNumber(), e.getColumnNumber())
