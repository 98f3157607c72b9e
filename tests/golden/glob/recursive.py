import glob
from _tree import scratch

FILES = ["a.py", "pkg/__init__.py", "pkg/core.py", "pkg/sub/deep.py", "pkg/sub/data.txt",
         "docs/index.md"]
with scratch(FILES):
    print(sorted(glob.glob("**/*.py", recursive=True)))
    print(sorted(glob.glob("**", recursive=True)))
    print(sorted(glob.glob("**/", recursive=True)))
    print(sorted(glob.glob("pkg/**", recursive=True)))
    print(sorted(glob.glob("pkg/**/*.txt", recursive=True)))
    # Without recursive=True, ** is an ordinary *.
    print(sorted(glob.glob("**/*.py")))
    print(sorted(glob.glob("pkg/**/deep.py", recursive=True)))
