# \N{...} escapes know every Unicode name and alias, with CPython's exactness.
print("\N{EM SPACE}|\N{EN SPACE}|\N{latin small letter a}|\N{NBSP}|\N{SNOWMAN}|\N{GREEK SMALL LETTER ALPHA}")
print("\N{CJK UNIFIED IDEOGRAPH-4E00}", "\N{HANGUL SYLLABLE GA}", "\N{LINE FEED}" == "\n", "\N{DIGIT SEVEN}")
print(b"\\N{EM DASH}".decode("unicode_escape"), "\N{EMPTY SET}", len("\N{ZERO WIDTH SPACE}"))
for src in ['"\\N{NOT A REAL NAME}"', '"\\N{latin  small letter a}"', '"\\N{cjk unified ideograph-4e00}"', '"\\N{EMSPACE}"']:
    try:
        eval(src)
        print("ok", src)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
