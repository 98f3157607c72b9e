import fnmatch

for pat in ["*.py", "*", "**", "?", "abc", "a*b*c", "*a*", "a**b", "[abc]", "[!abc]",
            "[a-z]*.txt", "[", "[!", "[]]", "[!]]", "x[", "a.b", "a+b(c)", "$HOME/*",
            "*.[ch]", "data_??.csv", "*x*y*z", "[*?]", "back\\slash"]:
    print(repr(pat), fnmatch.translate(pat))
