import keyword

for w in ["if", "If", "match", "case", "_", "print", "None", "async", "await", "self", "",
          "lambda", "type", "nonlocal"]:
    print(f"{w!r:12} {keyword.iskeyword(w)!s:6} {keyword.issoftkeyword(w)}")
print(keyword.iskeyword(5), keyword.issoftkeyword(None))
