# CPython's struct sequences: os.stat_result, os.terminal_size, os.uname_result,
# time.struct_time, pwd.struct_passwd, sys.float_info share one behaviour: a tuple whose
# items are read-only attributes, the (sequence, dict) constructor and its errors, the repr,
# n_fields / n_sequence_fields / n_unnamed_fields, and pickling.
import copy
import os
import pickle
import pwd
import sys
import time

size = os.terminal_size((80, 24))
print(size, size.columns, size.lines, size == (80, 24), hash(size) == hash((80, 24)))
print(os.terminal_size.n_fields, os.terminal_size.n_sequence_fields,
      os.terminal_size.n_unnamed_fields)
print(size.__reduce__())
print(pickle.loads(pickle.dumps(size)), copy.copy(size), copy.deepcopy(size))
try:
    size.columns = 100
except AttributeError as e:
    print("AttributeError:", e)

for bad in [(1, 2, 3), (1,)]:
    try:
        os.terminal_size(bad)
    except TypeError as e:
        print("TypeError:", e)
for args in [(5,), ((1, 2), 5)]:
    try:
        os.terminal_size(*args)
    except TypeError as e:
        print("TypeError:", e)

st = os.stat_result(range(10))
print(st)
print(st.st_size, st.st_atime, st.st_mtime, st.st_atime_ns, st.st_rdev)
print(os.stat_result.n_fields, os.stat_result.n_sequence_fields, os.stat_result.n_unnamed_fields)
print(st.__reduce__())
full = os.stat_result(range(13), {"st_atime_ns": 5, "st_blksize": 4096})
print(full.st_atime, full.st_ctime, full.st_atime_ns, full.st_blksize, full.st_blocks)
back = pickle.loads(pickle.dumps(full))
print(back == full, back.st_atime_ns, back.st_blksize)
for n in (2, 20):
    try:
        os.stat_result(range(n))
    except TypeError as e:
        print("TypeError:", e)
real = os.stat(__file__)
print(type(real).__name__, len(real), real.st_size == real[6], isinstance(real.st_mtime, float))

u = os.uname_result(("Linux", "host", "6.0", "#1", "x86_64"))
print(u, u.machine, type(u).__module__, u.__reduce__()[1])

t = time.struct_time((2024, 2, 29, 12, 30, 45, 3, 60, 0))
print(t, t.tm_zone, t.tm_gmtoff)
print(time.struct_time(range(11)).tm_zone, time.struct_time(range(9), {"tm_zone": "X"}).tm_zone)
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields)
g = time.gmtime(86400 * 365)
print(g.__reduce__())
print(pickle.loads(pickle.dumps(g)) == g, pickle.loads(pickle.dumps(g)).tm_zone)

p = pwd.struct_passwd(("user", "x", 1000, 1000, "A User", "/home/user", "/bin/sh"))
print(p, p.pw_dir, pwd.struct_passwd.n_fields)
print(pickle.loads(pickle.dumps(p)) == p, p.__reduce__()[1][1])
try:
    pwd.struct_passwd(range(3))
except TypeError as e:
    print("TypeError:", e)

fi = sys.float_info
print(type(fi).__name__, type(fi).__module__, fi.dig, fi.__reduce__()[0] is type(fi))
print(type(fi).n_fields, len(fi), sys.int_info.bits_per_digit)
try:
    type(sys.flags)(tuple(sys.flags))
except TypeError as e:
    print("TypeError:", e)
