# Incremental parsing: iterparse over a log, XMLPullParser fed in chunks, and XMLParser with a
# target object that collects statistics instead of building a tree.
import io
import xml.etree.ElementTree as ET

LOG = b"""<?xml version="1.0"?>
<log>
  <!-- nightly run -->
  <entry level="info"><msg>started</msg></entry>
  <entry level="error"><msg>disk full</msg><code>28</code></entry>
  <?checkpoint id="1"?>
  <entry level="info"><msg>retrying</msg></entry>
</log>
"""

errors = 0
for event, elem in ET.iterparse(io.BytesIO(LOG), events=("start", "end")):
    if event == "end" and elem.tag == "entry":
        if elem.get("level") == "error":
            errors += 1
            print("error:", elem.findtext("msg"), elem.findtext("code"))
        elem.clear()
print("errors:", errors)
it = ET.iterparse(io.BytesIO(LOG), events=("comment", "pi", "end"))
kinds = [(ev, getattr(el, "tag", el) if ev == "end" else el.text) for ev, el in it]
print(kinds[:3], len(kinds))
print("root:", it.root.tag, len(it.root))

parser = ET.XMLPullParser(events=("start", "end"))
for chunk in [b"<ord", b"ers><order id='1'>", b"<total>9.5", b"0</total></order>",
              b"<order id='2'/></orders>"]:
    parser.feed(chunk)
    print([(ev, el.tag) for ev, el in parser.read_events()])
parser.close()
bad = ET.XMLPullParser()
bad.feed("<a><b></a>")
try:
    list(bad.read_events())
except ET.ParseError as e:
    print("pull error:", e)


class Stats:
    def __init__(self):
        self.depth = self.max_depth = 0
        self.tags = {}
        self.text = 0

    def start(self, tag, attrib):
        self.depth += 1
        self.max_depth = max(self.max_depth, self.depth)
        self.tags[tag] = self.tags.get(tag, 0) + 1

    def end(self, tag):
        self.depth -= 1

    def data(self, data):
        self.text += len(data.strip())

    def comment(self, text):
        print("comment:", repr(text))

    def pi(self, target, data):
        print("pi:", target, data)

    def close(self):
        return self.tags, self.max_depth, self.text


target_parser = ET.XMLParser(target=Stats())
target_parser.feed(LOG)
print(target_parser.close())
builder = ET.TreeBuilder(insert_comments=True, insert_pis=True)
tree_parser = ET.XMLParser(target=builder)
tree_parser.feed(LOG)
root = tree_parser.close()
print([child.tag if isinstance(child.tag, str) else child.tag.__name__ for child in root])
print(ET.tostring(root[0], encoding="unicode"), ET.tostring(root[3], encoding="unicode"))
