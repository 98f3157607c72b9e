# The parts of a path, as text.
from pathlib import PurePath, PurePosixPath

p = PurePath("a//b/./c.tar.gz")
print(p, repr(p), p.parts, p.name, p.suffix, p.suffixes, p.stem, p.parent, p.parents,
      list(p.parents), repr(p.anchor), repr(p.root), repr(p.drive))
for s in ["/", "//x", "///x", "", ".", "a/..", "/usr/local/bin/", ".bashrc", "x.", "a/b.c.d"]:
    q = PurePosixPath(s)
    print(repr(s), q, q.parts, repr(q.name), repr(q.suffix), q.suffixes, repr(q.stem),
          q.parent, q.is_absolute())
print(p.parents[0], p.parents[-1], len(p.parents), p.parents[1:])
