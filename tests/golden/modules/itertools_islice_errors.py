import itertools

cases = [("abc", -1), ("abc", -2), ("abc", "x"), ("abc", 1, -1), ("abc", -1, 2), ("abc", "a", 2),
         ("abc", 0, 3, 0), ("abc", 0, 3, -1), ("abc", None, None, None), ("abc", 2**70)]
for args in cases:
    try:
        print(list(itertools.islice(*args)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    itertools.islice("abc")
except TypeError as e:
    print("TypeError:", e)
