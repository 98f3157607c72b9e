import fnmatch

tests = [
    ("a1", "a[0-9]"), ("ab", "a[0-9]"), ("ab", "a[!0-9]"), ("a]", "a[]]"),
    ("a]", "a[!]]"), ("ax", "a[!]]"), ("a-", "a[-z]"), ("a-", "a[a-]"),
    ("a[", "a["), ("a[b", "a[b"), ("a!", "a[!]"), ("a!", "a[!!]"),
    ("a^", "a[^]"), ("ab", "a[^a]"), ("a\\", "a[\\]"), ("a/", "a[/]"),
    ("a.", "a[.]"), ("b", "[a-c-e]"), ("d", "[a-c-e]"), ("-", "[a-c-e]"),
]
for name, pat in tests:
    print(f"{name!r:6} {pat!r:10} {fnmatch.fnmatchcase(name, pat)}")
