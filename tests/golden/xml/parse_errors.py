# ParseError: expat's message, the position (line, column) and the code of bad documents.
import xml.etree.ElementTree as ET

DOCS = [
    "", "<a>", "<a></b>", "<a><b></a>", "<a x='1' x='2'/>", "<a>&nbsp;</a>", "<a/><b/>",
    "<a>\n  <b attr=1/></a>", "<a>&#0;</a>", "<a><![CDATA[x</a>", "<a b='<'/>", "<1a/>",
    "plain text", "<a><!-- x -- y --></a>", "<p:a/>", " <?xml version='1.0'?><a/>", "<a",
    "<a><!-- x", "<a b='1", "<a>x", "<a></a", "<a b=1>", "<a b>", "<a b='1'c='2'/>",
    "<a>]]></a>", "<a>&amp</a>", "<a>&#xZZ;</a>", "<a>& b</a>", "<a>\x01</a>", "</a>",
    "<root>\n  <item>ok</item>\n  <item>bad & worse</item>\n</root>",
    "<a>\u00e9\u00e9<b></c></a>",
]
for doc in DOCS:
    try:
        root = ET.fromstring(doc)
        print("parsed", repr(doc), root.tag)
    except ET.ParseError as e:
        print(f"{doc!r:40} {e.code:2} {e.position} {e}")
print(issubclass(ET.ParseError, SyntaxError))
try:
    ET.fromstring("<config><port>80</port>")
except SyntaxError as e:
    print(type(e).__name__, e.msg if hasattr(e, "msg") else None)
ok = ET.fromstring("<a>\r\nx\ry &#65;&#x42;&lt;&gt;&amp;&apos;&quot;</a>")
print(repr(ok.text))
print(ET.fromstring("<a b=' x\ty\nz' c='&#10;'/>").attrib)
print(ET.fromstring("<!DOCTYPE a [<!ENTITY who 'world'>]><a>hello &who;</a>").text)
print(ET.fromstring(b"<?xml version='1.0' encoding='utf-8'?><a>\xc3\xa9</a>").text)
try:
    ET.fromstring("<data><row id='1'/><row id='2'></data>")
except ET.ParseError as e:
    print(repr(e), e.__context__, e.__cause__)
