# Cleaning text with str.translate: a slug maker, a ROT13 table, and a table built from a dict.
import string

SLUG = str.maketrans(" _/", "---", "!?.,'\"()")


def slug(title):
    return title.lower().translate(SLUG).strip("-")


for t in ["Hello, World!", "What's new in 3.11?", "a_b/c (draft)"]:
    print(slug(t))

lower, upper = string.ascii_lowercase, string.ascii_uppercase
ROT13 = str.maketrans(lower + upper, lower[13:] + lower[:13] + upper[13:] + upper[:13])
secret = "Why did the chicken cross the road?".translate(ROT13)
print(secret, "|", secret.translate(ROT13))

accents = str.maketrans({"é": "e", "è": "e", "ç": "c", ord("œ"): "oe", "ß": None})
print("crème brûlée, façade, cœur, Straße".translate(accents))
print(sorted(str.maketrans({"a": 1, 98: "x"}).items()))


class Upper(dict):
    def __missing__(self, key):
        return chr(key).upper()


print("mixed Case".translate(Upper({32: "_"})))
print("abc".translate({ord("a"): 0x1F600, ord("b"): "[b]"}))
print("tab\tsep".translate({9: 32}), "x".translate([]), "a".translate({97: True}))

for bad in [
    lambda: str.maketrans("abc", "de"),
    lambda: str.maketrans({"ab": 1}),
    lambda: str.maketrans([1]),
    lambda: str.maketrans({1.0: "x"}),
    lambda: str.maketrans(1, "a"),
    lambda: str.maketrans("a", 1),
    lambda: str.maketrans("a", "b", 3),
    lambda: "a".translate({97: 1.5}),
    lambda: "a".translate({97: 0x110000}),
    lambda: "a".translate(5),
]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
