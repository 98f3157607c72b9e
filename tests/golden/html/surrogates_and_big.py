import html

print(repr(html.unescape("&#55357;&#56832;")))
print(repr(html.unescape("&#x" + "f" * 20 + ";")))
print(repr(html.unescape("&#" + "9" * 50)))
print(ascii(html.unescape("&#x10FFFF;&#x10FFFE;&#x10FFFD;")))
