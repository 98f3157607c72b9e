# Sniffing a file's encoding from its byte order mark.
import codecs

print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
print(codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
print(codecs.BOM_LE == codecs.BOM_UTF16_LE, codecs.BOM_BE == codecs.BOM_UTF16_BE)
print(codecs.BOM == codecs.BOM_UTF16, codecs.BOM_UTF16 in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
print(codecs.BOM32_LE, codecs.BOM32_BE, codecs.BOM64_LE, codecs.BOM64_BE)

BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]


def sniff(data):
    for bom, enc in BOMS:
        if data.startswith(bom):
            return enc, data[len(bom):]
    return "utf-8", data


samples = [
    codecs.BOM_UTF8 + "naïve".encode("utf-8"),
    codecs.BOM_UTF16_BE + "naïve".encode("utf-16-be"),
    codecs.BOM_UTF16_LE + "naïve".encode("utf-16-le"),
    codecs.BOM_UTF32_LE + "naïve".encode("utf-32-le"),
    "naïve".encode("utf-16"),
    "naïve".encode("utf-8-sig"),
    b"plain",
]
for s in samples:
    enc, body = sniff(s)
    print(enc, codecs.decode(body, enc))

print(codecs.decode(codecs.BOM_UTF8 + b"x", "utf-8-sig"), codecs.decode(b"x", "utf-8-sig"))
print(codecs.utf_16_decode(codecs.BOM_UTF16_BE + b"\x00h\x00i"))
print(codecs.utf_32_decode("hi".encode("utf-32")))
