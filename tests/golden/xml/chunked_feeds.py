"""A log shipper receives XML records over a socket in pieces of any size: every way of cutting
the stream must give the same events, texts and errors as the whole document at once."""

import xml.etree.ElementTree as ET
from xml.parsers import expat

DOC = ("<?xml version='1.0' encoding='utf-8'?>\n"
       "<!-- shipped logs -->\n"
       "<log xmlns:m='urn:meta' host='alpha'>\r\n"
       "  <rec id='1' m:level='warn'>disk &amp; fan at 93% \u00e9\u4e2d\U0001f600</rec>\r\n"
       "  <rec id='2'><![CDATA[raw <data> & more]]></rec>\n"
       "  <?tick 42?>\n"
       "  <m:rec id='3'>line one\nline two &#65;&#x42;</m:rec>\n"
       "  <empty/>\n"
       "</log>\n"
       "<!-- end -->\n")
DATA = DOC.encode("utf-8")


def handler_events(chunks, buffer_text):
    out = []
    p = expat.ParserCreate(namespace_separator=" ")
    p.buffer_text = buffer_text
    p.StartElementHandler = lambda n, a: out.append(("start", n, sorted(a.items()),
                                                     p.CurrentLineNumber))
    p.EndElementHandler = lambda n: out.append(("end", n))
    p.CharacterDataHandler = lambda d: out.append(("data", d))
    p.CommentHandler = lambda d: out.append(("comment", d))
    p.ProcessingInstructionHandler = lambda t, d: out.append(("pi", t, d))
    p.StartCdataSectionHandler = lambda: out.append(("cdata",))
    p.EndCdataSectionHandler = lambda: out.append(("/cdata",))
    p.StartNamespaceDeclHandler = lambda pre, uri: out.append(("ns", pre, uri))
    for c in chunks:
        p.Parse(c, False)
    p.Parse(b"", True)
    return out


def merged(events):
    """Neighbouring data joined: how text is cut depends on the pieces."""
    out = []
    for e in events:
        if e[0] == "data" and out and out[-1][0] == "data":
            out[-1] = ("data", out[-1][1] + e[1])
        else:
            out.append(e)
    return out


def cut(data, size):
    return [data[i:i + size] for i in range(0, len(data), size)]


whole = handler_events([DATA], True)
print(len(whole))
for e in whole:
    print(e)
for size in (1, 2, 3, 5, 7, 16, 64, 1000):
    for buffered in (True, False):
        ev = handler_events(cut(DATA, size), buffered)
        print(size, buffered, merged(ev) == merged(whole), len(merged(ev)))

# The pull parser, fed in pieces, gives the same elements.
for size in (1, 4, 9, 33):
    pull = ET.XMLPullParser(("start", "end", "comment", "pi", "start-ns"))
    seen = []
    for c in cut(DATA, size):
        pull.feed(c)
        for ev, obj in pull.read_events():
            tag = obj.tag if isinstance(obj, ET.Element) and isinstance(obj.tag, str) else None
            seen.append((ev, obj if isinstance(obj, tuple) else (tag, obj.text)))
    pull.close()
    seen.extend((ev, obj.tag) for ev, obj in pull.read_events())
    print(size, len(seen), seen[:3], seen[-2:])
root = ET.fromstringlist(cut(DATA, 11))
print(ET.tostring(root))

# Errors found in a later piece: where they are, in the whole document's lines and columns.
BAD = [b"<a>\n  <b>one</b>\n  <c>two</b>\n</a>",
       b"<a>\n<b x='1' x='2'/></a>",
       b"<a>text &nosuch; more</a>",
       b"<a><b></b></a>junk",
       b"<a>\n\n<b>\xff</b></a>",
       b"<a><p:b/></a>",
       b"<a>unclosed"]
for doc in BAD:
    results = set()
    for size in (1, 3, 8, len(doc)):
        p = expat.ParserCreate()
        try:
            for c in cut(doc, size):
                p.Parse(c, False)
            p.Parse(b"", True)
            results.add("ok")
        except expat.ExpatError as e:
            results.add((str(e), e.code, e.lineno, e.offset))
    print(doc[:20], sorted(results, key=str))

# A document with its own entities, its body fed in pieces.
ENT = (b"<!DOCTYPE d [<!ENTITY who 'the operator'>]>\n"
       b"<d><m>paged &who; at 03:00</m><m>&who; acked</m></d>")
body = ENT.index(b"<d>")
for size in (1, 5, 200):
    r = ET.fromstringlist([ENT[:body]] + cut(ENT[body:], size))
    print(size, [m.text for m in r])

# Many small records, each a feed of its own.
pull = ET.XMLPullParser(("end",))
pull.feed(b"<stream>")
count = 0
for i in range(300):
    pull.feed(b"<r n='%d'>v%d</r>" % (i, i))
    for ev, el in pull.read_events():
        count += int(el.get("n")) if el.tag == "r" else 0
pull.feed(b"</stream>")
pull.close()
print("sum", count, [el.tag for ev, el in pull.read_events()])
