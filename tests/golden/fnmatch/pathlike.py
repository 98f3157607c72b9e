import fnmatch


class Name:
    def __init__(self, s):
        self.s = s

    def __fspath__(self):
        return self.s


print(fnmatch.fnmatch(Name("report.pdf"), "*.pdf"))
print(fnmatch.fnmatch("report.pdf", Name("*.doc")))
print(fnmatch.__all__)
print(sorted(n for n in dir(fnmatch) if not n.startswith("_") and n not in
             ("functools", "os", "re", "posixpath")))
