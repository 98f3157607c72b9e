"""`_codecs.encode` and `_codecs.decode`: the text codecs applied as functions (pickles made
below protocol 3 rebuild bytes by calling `_codecs.encode`)."""


def encode(obj, encoding="utf-8", errors="strict"):
    if not isinstance(obj, str):
        raise NotImplementedError("_codecs.encode of an object other than str")
    return obj.encode(encoding, errors)


def decode(obj, encoding="utf-8", errors="strict"):
    if not isinstance(obj, (bytes, bytearray)):
        raise NotImplementedError("_codecs.decode of an object other than bytes")
    return bytes(obj).decode(encoding, errors)
