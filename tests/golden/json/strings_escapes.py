# How strings are escaped, with and without ensure_ascii.
import json

samples = ["plain", 'quote " and backslash \\', "tab\tnew\nline\rcr",
           "\b\f\x00\x1f\x7f", "café", "Привет", "snow ☃", "emoji 😀", "/slash/"]
for s in samples:
    print(json.dumps(s), json.dumps(s, ensure_ascii=False))
print(json.dumps({"ключ": "значение"}, ensure_ascii=False))
print(json.dumps({"ключ": "значение"}))
for s in samples:
    assert json.loads(json.dumps(s)) == s
    assert json.loads(json.dumps(s, ensure_ascii=False)) == s
print("round trips ok")
