import html

page = """<p>Caf&eacute; &amp; Cr&egrave;me &mdash; &ldquo;best&rdquo; in town &#8212; 4&frac12;
&#9733;&#9733;&#9733;&#9734;&#9734; (3/5) &middot; price&nbsp;&pound;12 &hellip;</p>"""
text = html.unescape(page)
print(text)
print(len(page), len(text))
print(html.unescape("no references here") == "no references here")
