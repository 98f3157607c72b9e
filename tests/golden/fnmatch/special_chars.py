import fnmatch

# Regular-expression metacharacters are literal in shell patterns.
tests = [
    ("a.b", "a.b"), ("axb", "a.b"), ("a+b", "a+b"), ("aab", "a+b"), ("(x)", "(x)"),
    ("$5", "$5"), ("a|b", "a|b"), ("a", "a|b"), ("{a,b}", "{a,b}"), ("a", "{a,b}"),
    ("x^y", "x^y"), ("tab\there", "tab\there"), ("é.txt", "?.txt"), ("日本.md", "*.md"),
]
for name, pat in tests:
    print(f"{name!r:12} {pat!r:12} {fnmatch.fnmatchcase(name, pat)}")
