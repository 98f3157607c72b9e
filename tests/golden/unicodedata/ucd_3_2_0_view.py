# The Unicode 3.2 view that IDNA uses: characters added later are unassigned there.
import unicodedata

old = unicodedata.ucd_3_2_0
print(old.unidata_version, unicodedata.unidata_version, type(old).__name__)
for ch in ["A", "\u0221", "\u20ac", "\u0660", "\u06f0", "\U0001F600", "\u1e9b", "\u00bd"]:
    print(f"U+{ord(ch):04X}", old.category(ch), unicodedata.category(ch),
          repr(old.bidirectional(ch)), old.east_asian_width(ch), old.mirrored(ch),
          old.decimal(ch, None), old.digit(ch, None), old.numeric(ch, None),
          old.name(ch, "-"))
print(old.lookup("latin small letter a"), old.lookup("CJK UNIFIED IDEOGRAPH-4E00"))
for name in ("LATIN SMALL LETTER D WITH CURL", "BYTE ORDER MARK", "NO SUCH THING"):
    try:
        old.lookup(name)
    except KeyError as e:
        print("KeyError:", e)
print(unicodedata.lookup("BYTE ORDER MARK") == "\ufeff")
try:
    unicodedata.UCD()
except TypeError as e:
    print("TypeError:", e)
