# Builds an XHTML-ish report with minidom and prints it compact and pretty.
from xml.dom import minidom

doc = minidom.Document()
html = doc.createElement("html")
doc.appendChild(html)
body = doc.createElement("body")
html.appendChild(body)
h1 = doc.createElement("h1")
h1.appendChild(doc.createTextNode("Sales & returns <Q2>"))
body.appendChild(h1)
table = doc.createElement("table")
table.setAttribute("class", "report")
table.setAttribute("data-note", 'say "hi"')
body.appendChild(table)
for region, amount in [("north", 1200), ("south", 875)]:
    row = doc.createElement("tr")
    for value in (region, str(amount)):
        cell = doc.createElement("td")
        cell.appendChild(doc.createTextNode(value))
        row.appendChild(cell)
    table.appendChild(row)
body.appendChild(doc.createComment(" totals follow "))
body.appendChild(doc.createProcessingInstruction("php", "echo 1;"))
body.appendChild(doc.createCDATASection("if (a < b) {}"))
empty = body.appendChild(doc.createElement("br"))

print(doc.toxml())
print(doc.toprettyxml(indent="  "))
print(doc.toprettyxml(indent="  ", encoding="utf-8")[:60])
print(doc.toxml(standalone=True)[:50])
print(table.toxml())
print(doc.documentElement.tagName, table.getAttribute("class"), repr(table.getAttribute("x")))
print([td.firstChild.data for td in doc.getElementsByTagName("td")])
print(table.hasAttribute("class"), empty.hasChildNodes(), table.hasChildNodes())
table.removeAttribute("data-note")
print(table.attributes.keys() if hasattr(table.attributes, "keys") else None)
first = table.firstChild
table.removeChild(first)
table.appendChild(first)
print([r.firstChild.firstChild.data for r in table.childNodes])
clone = table.cloneNode(True)
print(clone.toxml() == table.toxml(), clone.parentNode)
try:
    doc.appendChild(doc.createElement("second"))
except Exception as e:
    print(type(e).__name__, e)
try:
    doc.createComment("a -- b").toxml()
except ValueError as e:
    print("ValueError:", e)
