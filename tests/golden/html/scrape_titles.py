import html
import re

DOC = """<html><head><title>News &ndash; Today&#39;s headlines</title></head>
<body><h2>Markets up &gt; 2&percnt;</h2><h2>Rock &amp; roll&#x21;</h2>
<h2>Caf&eacute;s reopen</h2></body></html>"""
print(html.unescape(re.search(r"<title>(.*?)</title>", DOC).group(1)))
for h in re.findall(r"<h2>(.*?)</h2>", DOC):
    print("-", html.unescape(h))
