# Prints every callback, with its position, for a document with every kind of markup.
from html.parser import HTMLParser


class Tracer(HTMLParser):
    def log(self, *what):
        print(self.getpos(), *what)

    def handle_starttag(self, tag, attrs):
        self.log("start", tag, attrs, repr(self.get_starttag_text()))

    def handle_endtag(self, tag):
        self.log("end", tag)

    def handle_startendtag(self, tag, attrs):
        self.log("startend", tag, attrs)

    def handle_data(self, data):
        self.log("data", repr(data))

    def handle_comment(self, data):
        self.log("comment", repr(data))

    def handle_decl(self, decl):
        self.log("decl", repr(decl))

    def handle_pi(self, data):
        self.log("pi", repr(data))

    def unknown_decl(self, data):
        self.log("unknown_decl", repr(data))

    def handle_entityref(self, name):
        self.log("entityref", name)

    def handle_charref(self, name):
        self.log("charref", name)


DOC = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">
<?xml-stylesheet href="style.css"?>
<html>
  <!-- a comment -- with dashes -->
  <body class="main" data-x = 'single' checked id=bare>
    <p>Fish &amp; chips &copy; 2024 &#169; &#xA9; &bogus; &unterminated and &#abc;</p>
    <br/><hr /><img src="a.png"  alt="a &quot;quoted&quot; alt"/>
    <![CDATA[raw <stuff> here]]>
    <!bogus declaration>
    <script type="text/javascript">if (a < b && c > d) { document.write("</p>"); }</script>
    <style>p > a { color: red }</STYLE >
    </p foo="bar">
    </>
    a < b and c <= d
    <tag-with.odd_chars:x attr/>
    <div
      multi="line"
    >text</div>
  </body>
</html>"""

for convert in (True, False):
    print("=== convert_charrefs =", convert)
    t = Tracer(convert_charrefs=convert)
    t.feed(DOC)
    t.close()
