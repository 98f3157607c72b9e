# os.path string functions.
import os.path

for p in ["a/b/c.txt", "/", "a/", "", "a", ".bashrc", "a.b/c", "x/y.tar.gz", "//a//b/",
          "../x/..//y/.", "/usr/local/../lib/./python3"]:
    print(repr(p), os.path.split(p), repr(os.path.basename(p)), repr(os.path.dirname(p)),
          os.path.splitext(p), os.path.normpath(p), os.path.isabs(p))
print(os.path.join("a", "b", "c"), os.path.join("a/", "b"), os.path.join("a", "/b", "c"),
      os.path.join("", "x"), repr(os.path.join("a", "")))
try:
    os.path.join("a", 5)
except TypeError as e:
    print("TypeError:", e)
print(os.path.relpath("/a/b/c", "/a/d"), os.path.relpath("/a/b", "/a/b"))
print(os.path.commonprefix(["/usr/lib", "/usr/local"]), repr(os.path.commonprefix([])))
