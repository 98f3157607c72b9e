# An Atom feed with namespaces: qualified names, prefix maps in queries, and serialization.
import xml.etree.ElementTree as ET

ATOM = """<feed xmlns="http://www.w3.org/2005/Atom"
      xmlns:media="http://search.yahoo.com/mrss/" xml:lang="en">
  <title>Releases</title>
  <entry>
    <title>v1.2.0</title>
    <media:thumbnail url="https://img.example.com/1.png"/>
    <link rel="alternate" href="https://example.com/v1.2.0"/>
  </entry>
  <entry>
    <title>v1.1.0</title>
    <link rel="alternate" href="https://example.com/v1.1.0"/>
  </entry>
</feed>"""

root = ET.fromstring(ATOM)
print(root.tag)
print(root.attrib)
ns = {"atom": "http://www.w3.org/2005/Atom", "media": "http://search.yahoo.com/mrss/"}
print(root.findtext("atom:title", namespaces=ns))
for entry in root.findall("atom:entry", ns):
    thumb = entry.find("media:thumbnail", ns)
    print(entry.findtext("atom:title", namespaces=ns), entry.find("atom:link", ns).get("href"),
          thumb.get("url") if thumb is not None else None)
print([e.tag for e in root.findall("{*}entry/{*}title")])
print(len(root.findall("{http://www.w3.org/2005/Atom}entry")))
print(root.findall("entry", {"": "http://www.w3.org/2005/Atom"})[1].findtext(
    "title", namespaces={"": "http://www.w3.org/2005/Atom"}))
try:
    root.find("x:entry", ns)
except SyntaxError as e:
    print("SyntaxError:", e)

entry = root.find("{http://www.w3.org/2005/Atom}entry")
print(ET.tostring(entry, encoding="unicode"))
ET.register_namespace("atom", "http://www.w3.org/2005/Atom")
ET.register_namespace("media", "http://search.yahoo.com/mrss/")
print(ET.tostring(entry, encoding="unicode"))
doc = ET.Element("{urn:x}doc")
ET.SubElement(doc, "{urn:x}item").text = "1"
print(ET.tostring(doc, encoding="unicode", default_namespace="urn:x"))
print(ET.tostring(ET.Element(ET.QName("urn:y", "q")), encoding="unicode"))
try:
    ET.tostring(ET.Element("plain"), default_namespace="urn:x")
except ValueError as e:
    print("ValueError:", e)
try:
    ET.register_namespace("ns3", "urn:z")
except ValueError as e:
    print("ValueError:", e)
events = ET.iterparse(__import__("io").BytesIO(ATOM.encode()), events=("start-ns", "end-ns"))
print([e for e in events])
