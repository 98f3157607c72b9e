import fnmatch

names = ["main.py", "test_main.py", "README.md", "setup.cfg", ".hidden.py", "data.json", "a.PY"]
for pat in ["*.py", "test_*", "*.md", "?????.cfg", "*", ".*", "*.[Pp][Yy]", "*.json"]:
    print(pat, [n for n in names if fnmatch.fnmatch(n, pat)])
