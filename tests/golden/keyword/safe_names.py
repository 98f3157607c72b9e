import keyword

# Turning column headers into attribute names, as namedtuple's rename does.
headers = ["id", "class", "from", "to", "import rate", "2nd", "match", "value"]


def safe(name, i):
    name = "".join(c if c.isalnum() or c == "_" else "_" for c in name)
    if not name.isidentifier() or keyword.iskeyword(name):
        return f"_{i}" if not name.isidentifier() else name + "_"
    return name


print([safe(h, i) for i, h in enumerate(headers)])
try:
    keyword.iskeyword([])
except TypeError as e:
    print("TypeError:", e)
