import glob
from _tree import scratch

print(glob.escape("data[1].csv"))
print(glob.escape("what?*.txt"))
print(glob.escape("plain/path.txt"))
print(glob.escape("[*?]"))
print(glob.escape("a]b"))
FILES = ["data[1].csv", "data1.csv", "q?.txt", "qa.txt"]
with scratch(FILES):
    print(sorted(glob.glob("data[1].csv")))
    print(sorted(glob.glob(glob.escape("data[1].csv"))))
    print(sorted(glob.glob("q?.txt")))
    print(sorted(glob.glob(glob.escape("q?.txt"))))
    print(glob.has_magic("a*b"), glob.has_magic("ab"), glob.has_magic("[x]"))
