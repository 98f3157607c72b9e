# Encoding text that does not fit ASCII or Latin-1.
text = "Größe: 5€ — ok"
for enc in ["ascii", "latin-1", "iso-8859-1", "us-ascii", "L1"]:
    for handler in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        try:
            print(enc, handler, text.encode(enc, handler))
        except UnicodeEncodeError as e:
            print(enc, handler, "UnicodeEncodeError:", e)
try:
    "€€€ and more".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
try:
    "x€".encode("latin-1", "surrogateescape")
except UnicodeEncodeError as e:
    print(e)
try:
    "é".encode("ascii", "bogus")
except LookupError as e:
    print("LookupError:", e)
