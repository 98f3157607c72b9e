# Recovering from bad input with the details a UnicodeError carries.
def safe_decode(raw):
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print(f"bad bytes {e.object[e.start:e.end]!r} at {e.start}-{e.end} ({e.reason}) in {e.encoding}")
        return raw[:e.start].decode("utf-8") + "?" + safe_decode(raw[e.end:])


print(safe_decode("héllo wörld".encode("utf-8")[:-3] + b"\xff" + b"!!"))
try:
    "naïve €".encode("ascii")
except UnicodeEncodeError as e:
    print(e.args)
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
    print(repr(e))
    print(isinstance(e, UnicodeError), isinstance(e, ValueError))
try:
    b"\x00\xd8".decode("utf-16-le")
except UnicodeError as e:
    print(type(e).__name__, e.start, e.end, e)
