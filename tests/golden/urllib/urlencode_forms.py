# Encoding HTML form data and API query strings with urlencode.
from urllib.parse import urlencode, quote, parse_qs

form = {"name": "Ann Lee", "email": "ann@example.com", "msg": "Hi & bye = 100%", "n": 3}
print(urlencode(form))
print(urlencode([("a", 1), ("a", 2), ("b", "x y")]))
print(urlencode({"tags": ["x", "y z"], "id": 7}, doseq=True))
print(urlencode({"tags": ["x", "y z"]}))
print(urlencode({"t": ("a", "b"), "s": "str", "b": b"by tes", "n": None}, doseq=True))
print(urlencode({"path": "/a/b c"}, safe="/"))
print(urlencode({"q": "a b"}, quote_via=quote))
print(urlencode({"é": "ü"}, encoding="latin-1"))
print(urlencode({}), urlencode([]))
print(urlencode({"k": 1.5, "t": True, "z": 0}, doseq=True))
print(parse_qs(urlencode({"a": ["1", "2"], "b": "3"}, doseq=True)))


class Params:
    def __init__(self, d):
        self.d = d

    def items(self):
        return sorted(self.d.items())


print(urlencode(Params({"z": 1, "a": 2})))
for bad in ["a=b", [1, 2], 5, [["a", "b"]]]:
    try:
        print(urlencode(bad))
    except TypeError as e:
        print("TypeError:", e)
