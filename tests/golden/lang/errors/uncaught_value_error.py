# int() of a non-number string raises ValueError.
def parse_all(words):
    out = []
    for w in words:
        out.append(int(w))
    return out


print(parse_all(["1", "2"]))
print(parse_all(["3", "four"]))
