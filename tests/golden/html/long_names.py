import html

# A name is at most 32 characters; longer runs are left as they are.
print(repr(html.unescape("&" + "a" * 40 + ";")))
print(repr(html.unescape("&CounterClockwiseContourIntegral;")))
print(repr(html.unescape("&DoubleLongLeftRightArrow;x")))
print(repr(html.unescape("&amp" * 3)))
print(repr(html.unescape("&&amp;&")))
print(repr(html.unescape("&\t&\n&<&#")))
