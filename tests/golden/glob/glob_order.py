import glob
from _tree import scratch

# glob lists in directory order; a program that wants order sorts.
FILES = [f"part{n}.txt" for n in (3, 1, 10, 2)]
with scratch(FILES):
    names = glob.glob("part*.txt")
    print(len(names), sorted(names))
    print(sorted(names, key=lambda s: int(s[4:-4])))
    print(sorted(glob.glob("part1*.txt")))
