# The Element API: children as a list, attributes, text and tail, iteration and copying.
import copy
import xml.etree.ElementTree as ET

root = ET.fromstring("<doc>intro<p class='x'>one <b>bold</b> two</p>tail-of-p<p/>end</doc>")
print(repr(root.text), len(root), [c.tag for c in root], repr(root[0].tail))
print(list(root.itertext()))
print("".join(root[0].itertext()))
print([e.tag for e in root.iter()], [e.tag for e in root.iter("b")], len(list(root.iter("*"))))
p = root[0]
print(p.get("class"), p.get("id"), p.get("id", "none"), sorted(p.keys()), list(p.items()))
p.set("id", "p1")
print(p.attrib)
new = ET.Element("hr")
root.insert(1, new)
root.append(ET.Element("footer", {"role": "contentinfo"}))
root.extend([ET.Element("x"), ET.Element("y")])
print([c.tag for c in root])
root.remove(new)
del root[-1]
print([c.tag for c in root], [c.tag for c in root[1:3]], root[-1].tag)
root[-1] = ET.Element("z")
print([c.tag for c in root])
try:
    root.remove(ET.Element("p"))
except ValueError as e:
    print("ValueError:", e)
try:
    root[10]
except IndexError as e:
    print("IndexError:", e)
shallow = copy.copy(p)
deep = copy.deepcopy(p)
p[0].text = "changed"
print(shallow[0].text, deep[0].text, shallow.attrib == p.attrib, shallow is not p)
print(len(ET.Element("e")), ET.iselement(root), ET.iselement("x"))
e = ET.Element("item", {"a": "1"}, b="2")
print(e.attrib, e.text, e.tail)
e.clear()
print(e.attrib, len(e))
print(repr(ET.Element("tag")).startswith("<Element 'tag' at 0x"))
print(ET.tostring(root, encoding="unicode"))
print(ET.VERSION, ET.Comment("c").tag is ET.Comment, ET.PI("t", "d").text)
