"""A small catalogue tool: builds, walks, rewrites and re-parses trees of XML elements, with
subclasses of Element, elements added and removed while walked, namespaces and builder targets."""

import io
import xml.etree.ElementTree as ET
from xml.parsers import expat


class Node(ET.Element):
    """An element that counts how often its children are read by index."""
    reads = 0

    def __getitem__(self, index):
        Node.reads += 1
        return super().__getitem__(index)


def catalogue(depth):
    root = ET.Element("catalogue", {"version": "2"})
    shelf = root
    for level in range(depth):
        shelf = ET.SubElement(shelf, "shelf", level=str(level))
        shelf.text = "  "
        for n in range(2):
            book = ET.SubElement(shelf, "book", id="b%d-%d" % (level, n))
            book.text = "Title %d.%d" % (level, n)
            book.tail = "\n"
    return root


root = catalogue(6)
print("elements:", sum(1 for _ in root.iter()))
print("books:", [b.get("id") for b in root.iter("book")][:5])
print("star:", len(list(root.iter("*"))), "shelves:", len(list(root.iter(tag="shelf"))))
print("texts:", [t for t in root.itertext()][:6])
print("all text length:", len("".join(root.itertext())))

# Children added while the walk is under way are walked; removed ones are not.
walked = []
for e in root.iter():
    walked.append(e.tag)
    if e.tag == "shelf" and e.get("level") == "1":
        ET.SubElement(e, "note").text = "added"
    if e.tag == "shelf" and e.get("level") == "3":
        del e[1:]
print("walked:", len(walked), walked.count("note"), walked.count("book"))

# An element's children replaced while its texts are walked.
tree = ET.fromstring("<a>x<b>y<c>z</c>w</b>v<d>u</d>t</a>")
texts = []
for t in tree.itertext():
    texts.append(t)
    if t == "y":
        tree[0].clear()
print("itertext:", texts)
print("itertext of a leaf:", list(ET.fromstring("<p>only</p>").itertext()))
print("iter of a leaf:", [e.tag for e in ET.fromstring("<p/>").iter()])
print("comments:", list(ET.fromstring("<r>a<!--c-->b</r>").itertext()))
r = ET.Element("r")
r.append(ET.Comment("note"))
r.append(ET.PI("target", "data"))
r[0].tail = "after"
print("comment and PI texts:", list(r.itertext()), ET.tostring(r))

# A subclass's own __getitem__ is what iterating and serializing it use.
n = Node("list")
for i in range(3):
    n.append(Node("item", {"n": str(i)}))
print(ET.tostring(n))
print("reads:", Node.reads)
print([e.get("n") for e in n.findall("item")], [e.tag for e in n.iter()])
print("reads:", Node.reads)
print(repr(n)[:11], isinstance(n[0], Node), len(n))

# A builder with the default factory keeps the dict it is given; an empty one is replaced.
tb = ET.TreeBuilder()
attrs = {"k": "v"}
top = tb.start("top", attrs)
print("same dict:", top.attrib is attrs, type(top).__name__)
empty = {}
child = tb.start("child", empty)
print("empty dict kept:", child.attrib is empty, child.attrib)
tb.data("text")
tb.end("child")
tb.end("top")
built = tb.close()
print(ET.tostring(built), built[0] is child)


class Tracking(ET.Element):
    made = []

    def __init__(self, tag, attrib):
        super().__init__(tag, attrib)
        Tracking.made.append(tag)

    def append(self, sub):
        print("append", sub.tag, "to", self.tag)
        super().append(sub)


doc = "<plan a='1'><step>one</step><step n='2'>two</step></plan>"
tb = ET.TreeBuilder(element_factory=Tracking)
p = ET.XMLParser(target=tb)
p.feed(doc)
tree = p.close()
print(type(tree).__name__, Tracking.made, tree.attrib, [s.text for s in tree])
mixed = ET.Element("mixed")
mixed.append(Tracking("x", {}))
mixed[0].append(ET.Element("y"))
print(ET.tostring(mixed))

# Namespaces: declared, default, undeclared in nested scopes, and a prefix never bound.
ns_doc = """<root xmlns="urn:d" xmlns:p="urn:p" p:attr="1" plain="2">
  <p:item id="a"><inner xmlns="" x="y">t</inner></p:item>
  <item xmlns:q="urn:q" q:k="v"/>
</root>"""
t = ET.fromstring(ns_doc)
print([(e.tag, sorted(e.attrib.items())) for e in t.iter()])
print(ET.tostring(t))
events = []
for ev, obj in ET.iterparse(io.BytesIO(ns_doc.encode()), ("start", "end", "start-ns", "end-ns")):
    events.append((ev, obj if ev.endswith("ns") else obj.tag))
print(events)
try:
    ET.fromstring("<a><b:c/></a>")
except ET.ParseError as e:
    print("ParseError:", e, e.code, e.position)
try:
    ET.fromstring("<a xmlns:b='urn:b'><b:c/><b:d/></a><b:e/>")
except ET.ParseError as e:
    print("ParseError:", e, e.code, e.position)

# expat directly: attribute lists in order, dicts, and namespace handlers.
for ordered in (0, 1):
    px = expat.ParserCreate(namespace_separator="|")
    px.ordered_attributes = ordered
    seen = []
    px.StartElementHandler = lambda name, attrs: seen.append((name, attrs))
    px.StartNamespaceDeclHandler = lambda prefix, uri: seen.append(("ns", prefix, uri))
    px.EndNamespaceDeclHandler = lambda prefix: seen.append(("end-ns", prefix))
    px.Parse(b"<x xmlns:a='urn:a' a:one='1' two='2' xmlns='urn:x'><a:y a:z='3'/></x>", True)
    print(seen)
px = expat.ParserCreate()
px.StartElementHandler = lambda name, attrs: print("plain", name, attrs)
px.Parse("<n:x xmlns:n='urn:n' n:a='1'/>", True)

# A deep tree: walked, serialized and parsed back.
deep = ET.Element("d0")
cur = deep
for i in range(1, 300):
    cur = ET.SubElement(cur, "d%d" % i)
cur.text = "bottom"
data = ET.tostring(deep)
back = ET.fromstring(data)
print(len(data), sum(1 for _ in back.iter()), list(back.itertext()), back.findtext(".//d299"))
print(len(back.findall(".//d150")), back.find(".//d10/d11").tag)

# find, findall and findtext of a plain tag look at the children themselves; paths, bytes and
# namespace maps go through ElementPath.
n2 = Node("box")
for tag in ("a", "b", "a"):
    ET.SubElement(n2, tag).text = tag.upper()
ET.SubElement(n2, "c")
Node.reads = 0
print(n2.find("a").text, len(n2.findall("a")), n2.findtext("b"), repr(n2.findtext("c")),
      n2.findtext("zz"), n2.findtext("zz", "dflt"), n2.find("zz"), Node.reads)
print(n2.find("./b").text, len(n2.findall("a", {})), n2.find("{urn:x.y}a"))
bt = ET.Element("b")
bt.append(ET.Element(b"raw"))
print(bt.find(b"raw").tag, bt.findall(b"raw")[0].tag, bt.findtext(b"raw"))
for bad in (5, None):
    try:
        bt.find(bad)
    except TypeError as e:
        print("TypeError:", e)

# SubElement makes a plain Element and adds it without the parent's own methods.


class Shelf(ET.Element):
    def makeelement(self, tag, attrib):
        print("makeelement", tag)
        return Shelf(tag, attrib)

    def append(self, sub):
        print("Shelf.append", sub.tag)
        super().append(sub)


shelf = Shelf("shelf")
base = {"k": "v"}
sub = ET.SubElement(shelf, "book", base, n="1")
print(type(sub).__name__, sub.attrib, sub.attrib is base, base, [e.tag for e in shelf])
print(ET.SubElement(sub, "page").attrib, ET.tostring(shelf))
for args in ((5, "x"), (shelf, "x", 5), (shelf, "x", ["a"])):
    try:
        ET.SubElement(*args)
    except TypeError as e:
        print("TypeError:", e)

# Slice assignment and extend take their new children once, check them, and keep what was
# added before a bad one.
listing = Node("listing")
ET.SubElement(listing, "b")
ET.SubElement(listing, "c")
Node.reads = 0
r = ET.Element("r")
r[:] = listing
r.extend(listing)
print([e.tag for e in r], Node.reads)
r[1:2] = [ET.Element("x"), ET.Element("y")]
print([e.tag for e in r])
try:
    r[:] = [ET.Element("x"), 5]
except TypeError as e:
    print("TypeError:", e, len(r))
try:
    r.extend([ET.Element("z"), "text"])
except TypeError as e:
    print("TypeError:", e, len(r))
r[::2] = [ET.Element("q")] * 3
print([e.tag for e in r])
try:
    r[::2] = [ET.Element("q")]
except ValueError as e:
    print("ValueError:", e)
r[:] = r
r.extend(r)
print([e.tag for e in r])
r.extend(e for e in list(r)[:2])
del r[3:]
print([e.tag for e in r], len(r))
