# Validating incoming base64 strictly: each kind of malformation has its own message.
import binascii

samples = ["QUJD", "QUJDRA==", "QUJDRA=", "=QUJD", "QU JD", "QUJD\n", "QUJDRA==QQ==", "QUJ=RA==", "QUJDR", "QUJDRA===", ""]
for s in samples:
    try:
        print(repr(s), binascii.a2b_base64(s, strict_mode=True))
    except binascii.Error as e:
        print(repr(s), "->", e)
