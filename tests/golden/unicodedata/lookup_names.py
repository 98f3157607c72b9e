import unicodedata

for n in ["SNOWMAN", "snowman", "Greek Small Letter Alpha", "EURO SIGN", "HANGUL SYLLABLE GAG",
          "CJK UNIFIED IDEOGRAPH-4E2D", "LATIN CAPITAL LETTER GHA", "BYTE ORDER MARK", "NULL",
          b"BLACK STAR", "CJK UNIFIED IDEOGRAPH-4e2d", "SNOW MAN", "SNOWMAN ", "NO SUCH THING"]:
    try:
        print(repr(n), ascii(unicodedata.lookup(n)))
    except KeyError as e:
        print(repr(n), "KeyError:", e)
for n in ["SNOWM AN", "SNOWMAN-", "LATIN SMALLLETTER A", "LATIN-SMALL LETTER A", "latin small letter a",
          "LINE FEED", "EM-DASH", "EM DASH", "ZERO WIDTH NO-BREAK SPACE", "ZERO WIDTH NO BREAK SPACE"]:
    try:
        print(repr(n), ascii(unicodedata.lookup(n)))
    except KeyError as e:
        print(repr(n), "KeyError:", e)
