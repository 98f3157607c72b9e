import html

samples = ["<a href=\"x?a=1&b=2\">", "'single' \"double\"", "5 > 3 & 2 < 4", "&#38; literal",
           "tab\tnew\nline", "\u00e9\u00e8"]
for s in samples:
    e = html.escape(s)
    print(html.unescape(e) == s, e)
