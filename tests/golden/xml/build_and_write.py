# Builds a document with Element and SubElement and serializes it in the ways tostring allows.
import io
import xml.etree.ElementTree as ET

catalog = ET.Element("catalog", {"xml:lang": "en"}, updated="2024-05-01")
for sku, name, price, tags in [("A-1", "Tea & Biscuits", 4.5, ["food"]),
                               ("B-2", "Caf\u00e9 <Deluxe>", 12.0, []),
                               ("C-3", 'Quote "this"', 0.99, ["misc", "sale"])]:
    product = ET.SubElement(catalog, "product", sku=sku)
    ET.SubElement(product, "name").text = name
    ET.SubElement(product, "price", currency="EUR").text = f"{price:.2f}"
    t = ET.SubElement(product, "tags")
    for tag in tags:
        ET.SubElement(t, "tag").text = tag
catalog.append(ET.Comment(" generated "))
catalog.append(ET.ProcessingInstruction("render", "mode='list'"))
note = ET.SubElement(catalog, "note", text="line1\nline2\ttab")
note.text = "a > b"
note.tail = "\n"

print(ET.tostring(catalog, encoding="unicode"))
print(ET.tostring(catalog))
print(ET.tostring(catalog[0], encoding="utf-8"))
print(ET.tostring(catalog[1], encoding="iso-8859-1"))
print(ET.tostring(catalog[0], encoding="unicode", xml_declaration=True))
print(ET.tostring(catalog[0][2], encoding="unicode", short_empty_elements=False))
print(ET.tostring(catalog, encoding="unicode", method="text"))
print(ET.tostringlist(catalog[2], encoding="unicode"))

ET.indent(catalog, space="  ")
print(ET.tostring(catalog, encoding="unicode"))
buf = io.BytesIO()
ET.ElementTree(catalog[0]).write(buf)
print(buf.getvalue())
text = io.StringIO()
ET.ElementTree(catalog[0]).write(text, encoding="unicode")
print(text.getvalue())
ET.dump(catalog[1][0])
for bad in (lambda: ET.Element("x", "not a dict"), lambda: catalog.append("text"),
            lambda: ET.tostring(ET.Element(42)), lambda: ET.indent(catalog, level=-1)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
