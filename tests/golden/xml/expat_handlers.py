# xml.parsers.expat directly: handlers, namespace processing, ordered attributes and errors.
import xml.parsers.expat as expat
from xml.parsers.expat import errors

DOC = """<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<!DOCTYPE inventory SYSTEM "inventory.dtd">
<inventory xmlns="urn:inv" xmlns:q="urn:qty">
  <!-- stock as of today -->
  <item sku="A1" q:count="3">Widget &amp; co</item>
  <?audit passed?>
  <item sku="B2"><![CDATA[<fragile>]]></item>
</inventory>"""

log = []
p = expat.ParserCreate(namespace_separator=" ")
p.XmlDeclHandler = lambda v, e, s: log.append(("decl", v, e, s))
p.StartDoctypeDeclHandler = lambda *a: log.append(("doctype",) + a)
p.StartNamespaceDeclHandler = lambda prefix, uri: log.append(("ns", prefix, uri))
p.EndNamespaceDeclHandler = lambda prefix: log.append(("end-ns", prefix))
p.StartElementHandler = lambda name, attrs: log.append(("start", name, attrs))
p.EndElementHandler = lambda name: log.append(("end", name))
p.CharacterDataHandler = lambda data: data.strip() and log.append(("data", data))
p.CommentHandler = lambda text: log.append(("comment", text))
p.ProcessingInstructionHandler = lambda t, d: log.append(("pi", t, d))
p.StartCdataSectionHandler = lambda: log.append(("cdata",))
p.EndCdataSectionHandler = lambda: log.append(("end-cdata",))
print(p.Parse(DOC, True))
for entry in log:
    print(entry)

plain = expat.ParserCreate()
plain.ordered_attributes = True
plain.buffer_text = True
chunks = []
plain.StartElementHandler = lambda name, attrs: chunks.append((name, attrs))
plain.CharacterDataHandler = chunks.append
for piece in [b"<r a='1' b='2'>caf", b"\xc3", b"\xa9 ", b"<s/>au lait</r>"]:
    plain.Parse(piece, False)
plain.Parse(b"", True)
print(chunks)

for doc in ["<a><b></a>", "<a>\n<b>&bogus;</b></a>", "<x:a/>"]:
    q = expat.ParserCreate(namespace_separator="}")
    try:
        q.Parse(doc, True)
    except expat.ExpatError as e:
        print(e, "|", e.code, e.lineno, e.offset, "|", q.ErrorCode, q.ErrorLineNumber,
              q.ErrorColumnNumber, "|", errors.messages[e.code] == expat.ErrorString(e.code))
done = expat.ParserCreate()
done.Parse("<a/>", True)
try:
    done.Parse("<b/>", True)
except expat.error as e:
    print("again:", e.code, errors.messages[e.code])
print(errors.XML_ERROR_TAG_MISMATCH, errors.codes["mismatched tag"], expat.error is expat.ExpatError)
try:
    expat.ParserCreate(namespace_separator="ab")
except ValueError as e:
    print("ValueError:", e)
