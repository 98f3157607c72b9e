# upper, lower, title, capitalize, swapcase, casefold: full Unicode case mappings.
for s in ["hello World", "ПРИВЕТ мир", "straße", "ΟΔΟΣ ΟΔΟΣ.", "they're bill's x1y", "ǆemal ﬁne", ""]:
    print(repr(s.upper()), repr(s.lower()), repr(s.title()))
    print(repr(s.capitalize()), repr(s.swapcase()), repr(s.casefold()))
