import glob
from _tree import scratch

FILES = ["a/b/c/file.txt", "a/x.txt"]
with scratch(FILES, dirs=["a/empty", "z"]):
    print(sorted(glob.glob("**/", recursive=True)))
    print(sorted(glob.glob("a/**/", recursive=True)))
    print(sorted(glob.glob("**/c", recursive=True)))
    print(sorted(glob.glob("**/**/*.txt", recursive=True)))
    print(sorted(glob.glob("a/*/", recursive=True)))
