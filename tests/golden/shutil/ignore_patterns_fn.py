import shutil

ignore = shutil.ignore_patterns("*.pyc", "tmp*", ".git")
names = ["a.py", "a.pyc", "tmpfile", "tmp", ".git", "b.txt", "x.pyc.bak"]
print(sorted(ignore("/some/dir", names)))
print(shutil.ignore_patterns()("/", names))
