# os.stat results as CPython gives them (a struct sequence), the stat module, scandir, utime, chmod, access.
import os, stat, tempfile, time
d = tempfile.mkdtemp()
p = os.path.join(d, "data.txt")
with open(p, "w") as f:
    f.write("hello world\n")
os.mkdir(os.path.join(d, "sub"))
os.symlink(p, os.path.join(d, "link"))
st = os.stat(p)
print(type(st).__name__, len(st), st.st_size, st[stat.ST_SIZE], st[6])
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.filemode(st.st_mode)[0])
print(isinstance(st.st_mtime, float), isinstance(st[8], int), st.st_mtime_ns // 10**9 == st[8])
print(st.st_nlink, st.st_uid == os.getuid(), st.st_blksize > 0, st.st_blocks >= 0)
os.chmod(p, 0o640)
print(oct(stat.S_IMODE(os.stat(p).st_mode)), stat.filemode(os.stat(p).st_mode))
print(os.access(p, os.R_OK), os.access(os.path.join(d, "nope"), os.F_OK))
os.utime(p, (1_000_000_000, 1_500_000_000))
st = os.stat(p)
print(st.st_atime, st.st_mtime, st[7], st[8], os.path.getmtime(p), os.path.getatime(p))
os.utime(p, ns=(1_000_000_000_123_456_789, 1_500_000_000_987_654_321))
print(os.stat(p).st_mtime_ns, os.stat(p).st_atime_ns)
ls = os.lstat(os.path.join(d, "link"))
print(stat.S_ISLNK(ls.st_mode), stat.S_ISLNK(os.stat(os.path.join(d, "link")).st_mode))
print(stat.filemode(0o40755), stat.filemode(0o104755), stat.filemode(0o1777 | stat.S_IFDIR), stat.filemode(0o120777))
for e in sorted(os.scandir(d), key=lambda e: e.name):
    print(e.name, e.is_dir(), e.is_file(), e.is_symlink(), e.is_file(follow_symlinks=False), e.path == os.path.join(d, e.name), e.stat().st_size if e.is_file() else "-", repr(e))
with os.scandir(d) as it:
    print(sorted(e.name for e in it if not e.name.startswith(".")))
with open(p, "rb") as f:
    fs = os.fstat(f.fileno())
    print(fs.st_size, fs == os.stat(p), os.path.samefile(p, os.path.join(d, "link")))
print(os.stat_result((1,) * 10))
print(os.stat_result((1,) * 10).st_atime, os.stat_result(tuple(range(16))).st_atime, os.stat_result(tuple(range(16))).st_rdev)
for bad in [(1,) * 9, (1,) * 20]:
    try:
        os.stat_result(bad)
    except TypeError as e:
        print("TypeError:", e)
u = os.uname()
print(type(u).__name__, len(u), u.sysname, u[0] == u.sysname, repr(u).startswith("posix.uname_result(sysname="))
print(os.stat_result.n_fields, os.stat_result.n_sequence_fields, os.stat_result.n_unnamed_fields)
try:
    os.stat(os.path.join(d, "missing"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename == os.path.join(d, "missing"))
print(os.strerror(2), "|", os.strerror(13))
print(os.getppid() > 0, os.getgid() >= 0, os.fsencode("abc"), os.fsdecode(b"abc"), os.get_exec_path({"PATH": "/a:/b"}))
old = os.umask(0o22); print(os.umask(old) == 0o22)
os.replace(p, p + ".bak")
print(sorted(os.listdir(d)))
print(os.path.lexists(os.path.join(d, "link")), os.path.exists(os.path.join(d, "link")))
import shutil; shutil.rmtree(d)
print(os.path.exists(d))
try:
    os.uname_result(("a",) * 4)
except TypeError as e:
    print("TypeError:", e)
import pickle, copy
s2 = pickle.loads(pickle.dumps(os.stat_result(tuple(range(19)))))
print(s2, s2.st_rdev, copy.copy(s2) == s2)
