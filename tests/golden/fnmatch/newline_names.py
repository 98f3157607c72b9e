import fnmatch

# `*` and `?` match newlines too, and the match must cover the whole name.
print(fnmatch.fnmatch("a\nb", "a?b"))
print(fnmatch.fnmatch("a\n", "a*"))
print(fnmatch.fnmatch("abc\n", "abc"))
print(fnmatch.fnmatch("abc", "ab"))
print(fnmatch.fnmatch("ab", "abc"))
print(fnmatch.fnmatchcase("x\ny\nz", "*y*"))
