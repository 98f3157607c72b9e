# isdigit, isdecimal, isnumeric, isalpha, isalnum, isspace, isascii, isprintable.
samples = ["123", "12a", "", "²", "½", "٣", "三", "Ⅻ", "abc", "Привет", "a b", " \t\n", "\x1c\xa0\u3000", "\u200b", "é", "a\nb"]
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(), s.isascii(), s.isprintable())
