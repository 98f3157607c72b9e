# count(): non-overlapping occurrences, within optional bounds.
s = "banana"
print(s.count("a"), s.count("an"), s.count("a", 2), s.count("a", 2, 4), s.count("a", -2))
print(s.count(""), s.count("", 3), s.count("", 6), s.count("", 7), s.count("", 2, 1))
print("aaaa".count("aa"), "".count(""), "".count("a"))
print("ах, как, как же так".count("ак"))
try:
    print(s.count(1))
except TypeError as e:
    print("TypeError:", e)
