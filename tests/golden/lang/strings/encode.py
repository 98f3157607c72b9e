# str.encode: utf-8, ascii and latin-1, with error handlers.
print("héllo".encode(), "Привет".encode("UTF8"), "abc".encode("US-ASCII"))
print("héllo".encode("latin-1"), "héllo".encode(encoding="ascii", errors="replace"))
print("hé€llo".encode("ascii", "ignore"), "hé€llo".encode("ascii", "backslashreplace"))
print("hé€llo".encode("ascii", errors="xmlcharrefreplace"), "a".encode(errors="x", encoding="ascii"))
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

check(lambda: "é".encode("ascii"))
check(lambda: "aé€b".encode("ascii"))
check(lambda: "€".encode("latin-1"))
check(lambda: "a".encode("no-such-codec"))
check(lambda: "a".encode(1))
check(lambda: "é".encode("ascii", "bogus"))
try:
    "é".encode("ascii")
except ValueError as e:
    print("caught as ValueError:", e)
