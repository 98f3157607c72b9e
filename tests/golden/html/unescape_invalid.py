import html

# HTML5's rules for references to code points that cannot stand in a page.
cases = [0, 1, 8, 9, 10, 11, 12, 13, 14, 31, 32, 127, 128, 129, 130, 141, 150, 159, 160,
         0xD800, 0xDFFF, 0xFDD0, 0xFDEF, 0xFDF0, 0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF,
         0x110000, 10 ** 30]
for cp in cases:
    print(f"U+{cp:04X}"[:12], repr(html.unescape(f"&#{cp};")), repr(html.unescape(f"&#x{cp:x};")))
