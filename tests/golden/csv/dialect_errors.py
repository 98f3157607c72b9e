import csv

bad = [{"delimiter": ""}, {"delimiter": "ab"}, {"delimiter": None}, {"delimiter": 0},
       {"quotechar": "xx"}, {"quotechar": 1}, {"escapechar": "ab"}, {"lineterminator": 1},
       {"quoting": 9}, {"quoting": "x"}, {"quotechar": None, "quoting": csv.QUOTE_ALL},
       {"lineterminator": None}, {"colour": "red"}]
for kw in bad:
    try:
        csv.reader([], **kw)
        print(kw, "accepted")
    except (TypeError, csv.Error) as e:
        print(kw, type(e).__name__, e)
d = csv.reader([], quotechar=None).dialect
print(d.quoting, d.quotechar)
try:
    d.delimiter = ";"
except AttributeError as e:
    print("AttributeError:", e)


class Incomplete(csv.Dialect):
    delimiter = ";"


for cls in (Incomplete, csv.Dialect):
    try:
        cls()
    except csv.Error as e:
        print(cls.__name__, "Error:", e)
