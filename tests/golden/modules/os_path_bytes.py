import os, os.path, posixpath
P = b"/var/log/app/server.log"
for f in (os.path.basename, os.path.dirname, os.path.split, os.path.splitext, os.path.isabs,
          os.path.normpath, os.path.abspath, os.path.expanduser, os.path.expandvars,
          os.path.normcase, os.path.splitdrive, os.path.exists, os.path.realpath):
    try:
        print(f.__name__, f(P))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
print(os.path.join(b"/srv", b"data", b"x.bin"), os.path.join(b"a", b"/abs"))
print(os.path.normpath(b"a//b/../c/."), os.path.relpath(b"/a/b/c", b"/a"))
print(os.path.commonpath([b"/usr/lib", b"/usr/local/lib"]), os.path.commonprefix([b"abc", b"abd"]))
print(os.path.splitext(b"archive.tar.gz"), os.path.split(b"noslash"))
print(os.fsencode("caf\u00e9"), os.fsdecode(b"caf\xc3\xa9"), os.fsencode(b"raw"), os.fsdecode("s"))
print(os.fsencode("bad\udcff"), repr(os.fsdecode(b"bad\xff")))
print(os.fspath(b"b"), os.fspath("s"))
for args in [("a", b"b"), (b"a", "b"), (b"a", 1)]:
    try:
        os.path.join(*args)
    except TypeError as e:
        print("TypeError:", e)
for f, args in [(os.path.relpath, (b"a", "b")), (os.path.commonpath, ([b"a", "b"],)), (os.fsencode, (3,)),
                (os.path.split, (3,)), (os.path.basename, (None,))]:
    try:
        f(*args)
    except (TypeError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)
print(os.sep, os.fsencode(os.sep), posixpath.sep)
print(os.path.join(b"x"), os.path.expanduser(b"~nobodyatall/x"))
print(os.getcwdb() == os.fsencode(os.getcwd()))
print(type(os.listdir(b".")[0]))
print(os.environb[b"HOME"] == os.fsencode(os.environ["HOME"]), os.getenvb(b"HOME") == os.environb[b"HOME"])
print(os.get_exec_path()[:0])
