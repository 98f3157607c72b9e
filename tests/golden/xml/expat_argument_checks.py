# A parser's settings are checked as CPython's expat checks them.
from xml.parsers import expat

p = expat.ParserCreate()
for flag in (expat.XML_PARAM_ENTITY_PARSING_NEVER, expat.XML_PARAM_ENTITY_PARSING_ALWAYS,
             3, -1, True):
    print(flag, p.SetParamEntityParsing(flag))
for flag in ("x", None, 1.5, 2 ** 100):
    try:
        p.SetParamEntityParsing(flag)
    except (TypeError, OverflowError) as e:
        print(f"{flag!r}: {type(e).__name__}: {e}")

print(p.GetBase())
p.SetBase("docs/example.xml")
print(p.GetBase())
for base in (b"example.xml", None, 123):
    try:
        p.SetBase(base)
    except TypeError as e:
        print(f"{base!r}: {e}")
print(p.GetBase())
