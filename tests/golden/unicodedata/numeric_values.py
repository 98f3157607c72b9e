import unicodedata

for ch in "7٣۵߈३৯½⅓¼Ⅻↁ²⁹①㊿万〇𝟠":
    print(ascii(ch), unicodedata.decimal(ch, None), unicodedata.digit(ch, None),
          unicodedata.numeric(ch, None))
for f, ch in [(unicodedata.decimal, "½"), (unicodedata.digit, "x"), (unicodedata.numeric, "x"),
              (unicodedata.decimal, "²")]:
    try:
        f(ch)
    except ValueError as e:
        print(f.__name__, "ValueError:", e)
