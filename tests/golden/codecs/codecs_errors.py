# Custom error handlers registered by name, and the standard ones as functions.
import codecs


def to_question(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ("[" + "?" * (exc.end - exc.start) + "]", exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ("<%d bytes>" % (exc.end - exc.start), exc.end)
    raise TypeError("can't handle %s" % type(exc).__name__)


codecs.register_error("bracket", to_question)
print(codecs.lookup_error("bracket") is to_question)
print(codecs.encode("naïve café", "ascii", "bracket"))
print(codecs.decode(b"na\xefve caf\xe9", "ascii", "bracket"))
print(codecs.decode(b"ok\xff\xfe!", "utf-8", "bracket"))


def skip_two(exc):
    return ("", min(exc.end + 1, len(exc.object)))


codecs.register_error("skip2", skip_two)
print(codecs.encode("aéxyz", "ascii", "skip2"))

for name in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
    h = codecs.lookup_error(name)
    print(name, h.__name__)
    e = UnicodeEncodeError("ascii", "x\u20acy", 1, 2, "ordinal not in range(128)")
    try:
        print("  enc:", h(e))
    except UnicodeEncodeError as err:
        print("  raised:", err)
    d = UnicodeDecodeError("ascii", b"x\xffy", 1, 2, "ordinal not in range(128)")
    try:
        print("  dec:", h(d))
    except UnicodeDecodeError as err:
        print("  raised:", err)
    except TypeError as err:
        print("  TypeError:", err)

try:
    codecs.lookup_error("nosuch")
except LookupError as e:
    print("LookupError:", e)
try:
    codecs.register_error("bad", 42)
except TypeError as e:
    print("TypeError:", e)


def bad_result(exc):
    return "oops"


codecs.register_error("badresult", bad_result)
try:
    codecs.encode("é", "ascii", "badresult")
except TypeError as e:
    print("TypeError:", e)
