import keyword

by_first = {}
for w in keyword.kwlist:
    by_first.setdefault(w[0].lower(), []).append(w)
for letter in sorted(by_first):
    print(letter, by_first[letter])
print(all(w.isidentifier() for w in keyword.kwlist + keyword.softkwlist))
