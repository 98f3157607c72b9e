import fnmatch

files = ["app.log", "app.log.1", "app.log.2", "error.log", "debug.txt", "notes.md",
         "app.log.10", "access.log.gz"]
print(fnmatch.filter(files, "*.log"))
print(fnmatch.filter(files, "app.log.?"))
print(fnmatch.filter(files, "app.log.*"))
print(fnmatch.filter(files, "*.log*"))
print(fnmatch.filter(files, "[ae]*.log"))
print(fnmatch.filter(iter(files), "*.gz"))
print(fnmatch.filter((), "*"))
