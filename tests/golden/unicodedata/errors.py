import unicodedata

tests = [
    lambda: unicodedata.category(5), lambda: unicodedata.category("ab"),
    lambda: unicodedata.category(""), lambda: unicodedata.name(1),
    lambda: unicodedata.name(), lambda: unicodedata.lookup(5),
    lambda: unicodedata.normalize("NFX", "a"), lambda: unicodedata.normalize("NFC", 5),
    lambda: unicodedata.normalize("NFC"), lambda: unicodedata.is_normalized("nfc", "a"),
    lambda: unicodedata.numeric("ab"), lambda: unicodedata.combining(None),
    lambda: unicodedata.mirrored([]),
]
for t in tests:
    try:
        t()
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
