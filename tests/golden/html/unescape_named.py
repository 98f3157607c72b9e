import html

for s in ["&lt;div&gt;", "&amp;amp;", "&copy; 2024", "&euro;5", "&nbsp;|", "&hearts;&spades;",
          "&NotEqualTilde;", "&fjlig;", "&ThickSpace;", "&AMP;", "&Aacute;&aacute;"]:
    print(repr(s), repr(html.unescape(s)))
