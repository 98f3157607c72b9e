# Building safe URL paths and query strings from user input with quote/unquote.
from urllib.parse import quote, quote_plus, unquote, unquote_plus, quote_from_bytes, unquote_to_bytes

names = ["Annual Report 2024.pdf", "café/crème", "a+b=c&d", "100% done", "日本", "~user_name-1.0",
         "tab\there", "", "emoji 🎉"]
for n in names:
    q = quote(n)
    qp = quote_plus(n)
    print(repr(n), q, qp, quote(n, safe=""), unquote(q) == n, unquote_plus(qp) == n)

print(quote("/a b/c", safe="/ "), quote("a/b", safe=""), quote("a;b", safe=";"))
print(quote("é", encoding="latin-1"), quote("€", encoding="ascii", errors="replace"))
print(quote(b"\x00\xffab c"), quote_plus(b"a b&"), quote_from_bytes(b"a/b c", safe=b"/"))
print(unquote("%41%42%2"), unquote("%E2%82%AC and %e2%82%ac"), unquote("%FF%FE"))
print(unquote("%E9", encoding="latin-1"), unquote("%FFx", errors="ignore"), unquote("no escapes"))
print(unquote("é%20é"), unquote(b"a%20b"), unquote_plus("a+b%2Bc"))
print(unquote_to_bytes("a%20b%zz"), unquote_to_bytes(b"%41"), unquote_to_bytes(""))
for bad in [(quote, (b"x",), {"encoding": "utf-8"}), (quote, (b"x",), {"errors": "strict"}),
            (quote_from_bytes, ("str",), {}), (quote, ("€",), {"encoding": "ascii"})]:
    f, a, k = bad
    try:
        f(*a, **k)
    except (TypeError, UnicodeEncodeError) as e:
        print(type(e).__name__, e)
