# ElementPath queries: steps, wildcards, parents, descendants and every kind of predicate.
import xml.etree.ElementTree as ET

LIB = ET.fromstring("""
<library>
  <shelf id="s1" genre="sf">
    <book year="1965"><title>Dune</title><author>Herbert</author></book>
    <book year="1984"><title>Neuromancer</title><author>Gibson</author></book>
    <book year="1969"><title>Ubik</title><author>Dick</author></book>
  </shelf>
  <shelf id="s2" genre="crime">
    <book year="1930"><title>The Maltese Falcon</title><author>Hammett</author></book>
    <magazine><title>Ellery Queen</title></magazine>
  </shelf>
  <box><shelf id="s3"/></box>
</library>""")


def show(path):
    try:
        found = LIB.findall(path)
    except SyntaxError as e:
        print(f"{path:32} SyntaxError: {e}")
        return
    print(f"{path:32} {[e.findtext('title') or e.get('id') or e.tag for e in found]}")


for path in ["shelf", "shelf/book", "*/book", "shelf/*", ".//title", ".//shelf", "./shelf/.",
             "shelf[@genre]", "shelf[@genre='crime']/book", "shelf[@genre!='crime']",
             "shelf/book[1]", "shelf/book[2]", "shelf/book[last()]", "shelf/book[last()-1]",
             "shelf/book[@year='1984']", "shelf/book[author='Dick']", "shelf/book[author!='Dick']",
             "shelf[magazine]", ".//book/..", ".//title/../..", "shelf/book[title='Dune']",
             ".//book[.='UbikDick']", "box//shelf", "shelf/", "..", "nothing", "shelf[0]",
             "/shelf", "shelf[last()+1]", "shelf//"]:
    show(path)
print(LIB.findtext(".//book[2]/title"), repr(LIB.findtext("box")), LIB.findtext("zzz", "-"))
print(LIB.find(".//magazine/title").text, LIB.find("missing"))
print([b.get("year") for b in LIB.iterfind(".//book")])
print(next(LIB.iterfind("shelf")).get("id"))
tree = ET.ElementTree(LIB)
print(len(tree.findall(".//book")), tree.findtext("shelf/book/title"))
