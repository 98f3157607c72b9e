import glob
from _tree import scratch

FILES = ["dir1/f.txt", "dir2/g.txt", "file.txt"]
with scratch(FILES):
    print(sorted(glob.glob("*/")))
    print(sorted(glob.glob("dir*/")))
    print(glob.glob("dir1/"))
    print(glob.glob("file.txt/"))
    print(sorted(glob.glob("./*.txt")))
    print(sorted(glob.glob("./dir?/*.txt")))
    print(sorted(glob.glob("dir1//f.txt")))
