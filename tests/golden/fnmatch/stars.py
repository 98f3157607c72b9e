import fnmatch

tests = [
    ("", "*"), ("", "?"), ("abc", "a*"), ("abc", "*c"), ("abc", "a*c"), ("ac", "a*c"),
    ("abcabc", "*abc"), ("abcabc", "a*b*c"), ("aaaa", "*a*a*a*a*"), ("aaa", "*a*a*a*a*"),
    ("foo/bar", "foo*"), ("foo/bar", "*bar"), ("line1\nline2", "line*"),
    ("x" * 200 + "y", "*x*x*x*x*x*x*y"), ("x" * 200, "*x*x*x*x*x*x*y"),
]
for name, pat in tests:
    print(f"{name[:20]!r:24} {pat!r:20} {fnmatch.fnmatch(name, pat)}")
