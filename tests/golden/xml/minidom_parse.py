# Parses a document with minidom, walks it and edits it.
from xml.dom import minidom
from xml.dom import Node

SRC = """<?xml version="1.0"?>
<!DOCTYPE people SYSTEM "people.dtd">
<people xmlns:x="urn:extra">
  <!-- staff list -->
  <person id="p1" x:role="admin"><name>Ada</name><email>ada@example.com</email></person>
  <person id="p2"><name>Linus</name></person>
  <![CDATA[raw <text>]]>
</people>"""

doc = minidom.parseString(SRC)
root = doc.documentElement
print(root.tagName, doc.doctype.name, doc.doctype.systemId, len(root.childNodes))
print([n.nodeType for n in root.childNodes])
print([(n.nodeName, n.nodeValue) for n in root.childNodes if n.nodeType != Node.TEXT_NODE])
for person in root.getElementsByTagName("person"):
    name = person.getElementsByTagName("name")[0].firstChild.data
    email = person.getElementsByTagName("email")
    print(person.getAttribute("id"), name, email[0].firstChild.data if email else None,
          person.getAttribute("x:role") or "-")
ada = doc.getElementById("p1") if hasattr(doc, "getElementById") else None
attr = root.getElementsByTagName("person")[0].getAttributeNode("x:role")
print(attr.name, attr.value, attr.namespaceURI, attr.localName, attr.prefix)
print(root.attributes.length, root.attributes.items())
print(root.firstChild.nextSibling, root.lastChild.previousSibling.nodeName)
p2 = root.getElementsByTagName("person")[1]
email = doc.createElement("email")
email.appendChild(doc.createTextNode("linus@example.com"))
p2.appendChild(email)
p2.setAttribute("active", "yes")
print(p2.toxml())
print(root.getElementsByTagName("email").length, root.getElementsByTagName("*").length)
text = doc.createTextNode("x" * 15)
print(repr(text), repr(doc.createTextNode("short")))
print(doc.toxml().splitlines()[0])
print(minidom.parseString("<a>1<b/>2</a>").documentElement.toprettyxml(indent="."))
try:
    minidom.parseString("<a><b></a>")
except Exception as e:
    print(type(e).__name__, e)
