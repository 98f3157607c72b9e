# Text clean-up with translation tables: a slug maker, a ROT13 codec, a punctuation stripper
# and a table written as a class with __getitem__, plus the mistakes such code makes.
import string


def slugify(title):
    table = str.maketrans("ÀÁÂÄÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜàáâäèéêëìíîïòóôöùúûüç _", "AAAAEEEEIIIIOOOOUUUUaaaaeeeeiiiioooouuuuc--",
                          string.punctuation.replace("-", "").replace("_", ""))
    return "-".join(filter(None, title.translate(table).lower().split("-")))


ROT13 = str.maketrans(
    string.ascii_lowercase + string.ascii_uppercase,
    string.ascii_lowercase[13:] + string.ascii_lowercase[:13]
    + string.ascii_uppercase[13:] + string.ascii_uppercase[:13],
)


class Censor:
    """A table that is not a dict: vowels of rude words starred, the rest left alone."""

    def __init__(self, letters):
        self.letters = {ord(c) for c in letters}

    def __getitem__(self, code):
        if code in self.letters:
            return "*"
        raise LookupError(code)


for title in ["Crème brûlée, à la Française!", "  Hello,   World -- again?  ", "été_2024 (draft)"]:
    print(repr(title), "->", slugify(title))

secret = "Why did the chicken cross the road?".translate(ROT13)
print(secret, "|", secret.translate(ROT13))
print("darn heck".translate(Censor("aeiou")))
print("tabs\tand\nnewlines".translate({ord("\t"): " ", ord("\n"): " / "}))
print(sorted(str.maketrans({"a": "A", 98: None, "c": 67}).items()))
print("abc".translate({97: 98, 98: True, 99: False}) == "b\x01\x00")

for bad in [lambda: str.maketrans("abc", "de"),
            lambda: str.maketrans(["a"]),
            lambda: str.maketrans({"ab": "x"}),
            lambda: str.maketrans({1.5: "x"}),
            lambda: str.maketrans(97, "b"),
            lambda: str.maketrans("a", "b", 3),
            lambda: "x".translate({120: 3.5}),
            lambda: "x".translate({120: 0x110000}),
            lambda: "x".translate(7),
            lambda: str.translate()]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
