# ** in a dict display takes a mapping only.
for bad in [[1], [("a", 1)], 1, "ab", None]:
    try:
        print({**bad})
    except TypeError as e:
        print("TypeError:", e)
print({**{"a": 1}, **dict([("b", 2)])})
