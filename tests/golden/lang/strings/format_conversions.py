# Conversions !r, !s and !a in str.format, before the format spec.
s = "héllo 'q'"
print("{0!r} {0!s} {0!a}".format(s))
print("{!r:>14}|{!s:<6}|{!a:^12}|".format("x", 12, "ж"))
print("{!r}".format([1, "a"]), "{!a}".format(("é", 1)))
print("{0!r:.3}".format("abcdef"))
