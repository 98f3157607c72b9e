# relative_to, with_name, with_suffix, with_stem, match.
from pathlib import PurePath

print(PurePath("/a/b/c").relative_to("/a"), PurePath("/a/b").relative_to("/a/b"))
print(PurePath("a/b.txt").with_name("c.py"), PurePath("a/b.txt").with_suffix(".md"),
      PurePath("a/b.txt").with_suffix(""), PurePath("a/b.txt").with_stem("z"),
      PurePath("a/b.tar.gz").with_suffix(".bz2"))
for bad in [lambda: PurePath("/a/b").relative_to("/c"), lambda: PurePath("a").with_suffix("md"),
            lambda: PurePath("/").with_name("x"), lambda: PurePath("a").with_name("b/c")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(PurePath("a/b.py").match("*.py"), PurePath("/a/b/c.py").match("b/*.py"),
      PurePath("a/b.py").match("/*.py"), PurePath("a/b.py").match("a/*.txt"),
      PurePath("a/b1.py").match("b[0-9].py"), PurePath("a/bx.py").match("b[!x].py"))
print(PurePath("/a/b").is_relative_to("/a"), PurePath("/a/b").is_relative_to("/c"))
